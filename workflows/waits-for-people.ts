import { condition } from '@temporalio/workflow';

/**
 * What the lifecycle waits on while it waits for people. A decision's handler uses it to answer only
 * once the lifecycle has acted on the decision (opened the next round, moved stage, or seen that the
 * decision changes nothing yet), so the caller reads the consequences rather than racing them.
 */
export class WaitsForPeople {
  private waitingFor: (() => boolean) | undefined;
  private rests = 0;
  private finished = false;

  /** Resolves true once `ready` holds, or false when `timeoutMs` passes first. */
  async until(ready: () => boolean, timeoutMs?: number): Promise<boolean> {
    this.waitingFor = ready;
    this.rests += 1;
    const done = timeoutMs === undefined ? (await condition(ready), true) : await condition(ready, Math.max(timeoutMs, 1));
    this.waitingFor = undefined;
    return done;
  }

  /** Call as a decision is applied; the returned function resolves once the lifecycle has acted on it. */
  watchConsequences(): () => Promise<void> {
    const restsBefore = this.rests;
    return () =>
      condition(() => this.finished || this.rests > restsBefore || (this.waitingFor !== undefined && !this.waitingFor()));
  }

  finish(): void {
    this.finished = true;
  }
}
