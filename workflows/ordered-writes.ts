// The workflow's writes to the read model go out one after another, so the audit log's order is the
// order of events in the workflow, whichever handler or branch made them.
export class OrderedWrites {
  private last: Promise<unknown> = Promise.resolve();
  private pending = 0;

  add<T>(write: () => Promise<T>): Promise<T> {
    this.pending += 1;
    const next = this.last.then(write).finally(() => (this.pending -= 1));
    this.last = next.catch(() => undefined);
    return next;
  }

  /** True when every write added so far has settled. */
  get idle(): boolean {
    return this.pending === 0;
  }

  /** Resolves when every write added so far has settled. */
  async drained(): Promise<void> {
    await this.last;
  }
}
