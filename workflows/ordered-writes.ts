// The workflow's writes to the read model go out one after another, so the audit log's order is the
// order of events in the workflow, whichever handler or branch made them. A write that fails past its
// retries holds the ones after it until an administrator retries it (workflows/attention.ts): none is lost,
// none overtakes it, and the run never fails for it. A cancellation of the workflow never cancels a write:
// what was decided is recorded, and the lifecycle's own ending follows it.
import { CancellationScope } from '@temporalio/workflow';
import type { Attention } from './attention.js';

export class OrderedWrites {
  private last: Promise<unknown> = Promise.resolve();
  private pending = 0;

  constructor(private readonly attention: Attention) {}

  add<T>(write: () => Promise<T>): Promise<T> {
    this.pending += 1;
    const next = this.last
      .then(() => CancellationScope.nonCancellable(() => this.attention.write(write)))
      .finally(() => (this.pending -= 1));
    this.last = next.catch(() => undefined);
    return next;
  }

  /** True when every write added so far has settled. */
  get idle(): boolean {
    return this.pending === 0;
  }

  /** Resolves when every write added so far has settled, and the attention rows with them. */
  async drained(): Promise<void> {
    await this.last;
    await this.attention.rowsWritten();
  }
}
