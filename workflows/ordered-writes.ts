// The workflow's writes to the read model go out one after another, so the audit log's order is the
// order of events in the workflow, whichever handler or branch made them.
export class OrderedWrites {
  private last: Promise<unknown> = Promise.resolve();

  add<T>(write: () => Promise<T>): Promise<T> {
    const next = this.last.then(write);
    this.last = next.catch(() => undefined);
    return next;
  }

  /** Resolves when every write added so far has settled. */
  async drained(): Promise<void> {
    await this.last;
  }
}
