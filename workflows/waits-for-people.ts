import { condition } from '@temporalio/workflow';

/**
 * What the lifecycle waits on while it waits for people. A decision's handler uses it to answer only once
 * the lifecycle has acted on the decision: the main line is back at rest — blocked on a wait that is not
 * yet satisfied, with its writes done — or finished. So the caller reads the consequences (the next round,
 * the next stage) rather than racing them.
 */
export class WaitsForPeople {
  private waitingFor: (() => boolean) | undefined;
  private finished = false;

  constructor(private readonly writesIdle: () => boolean) {}

  /** Resolves true once `ready` holds, or false when `timeoutMs` passes first. */
  async until(ready: () => boolean, timeoutMs?: number): Promise<boolean> {
    this.waitingFor = ready;
    const done = timeoutMs === undefined ? (await condition(ready), true) : await condition(ready, Math.max(timeoutMs, 1));
    this.waitingFor = undefined;
    return done;
  }

  /** Whether the lifecycle is at rest, or finished. */
  get atRestNow(): boolean {
    return this.finished || (this.waitingFor !== undefined && !this.waitingFor() && this.writesIdle());
  }

  /** Resolves once the lifecycle is at rest again, or finished. */
  atRest(): Promise<void> {
    return condition(() => this.atRestNow);
  }

  finish(): void {
    this.finished = true;
  }
}
