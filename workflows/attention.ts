// A lifecycle write that fails past its retries does not fail the run: it waits, with every write after it (so
// the audit log keeps the workflow's order), until an administrator retries it. Meanwhile the workflow's state
// says what failed, with the error and since when, and the BareunAttention search attribute is true. Those two
// are the truth; a row for the stalled board is written beside them, best-effort, since the database may be
// what fails.
import { ActivityFailure, ApplicationFailure, condition, proxyActivities, TimeoutFailure } from '@temporalio/workflow';
import { type Actor, type AttentionActivities, type AttentionNeeded, hasRole, type LifecycleState, refuse } from '#domain';

/**
 * Attempts of a lifecycle write before it needs attention: about seven minutes of backoff (1 s doubling to
 * 30 s), past a database restart or a worker's crash. The worker may give up sooner (WRITE_ATTEMPTS).
 */
export const WRITE_ATTEMPTS = 20;

/** The row may wait for a database that is down: about an hour of retries, then reconcile mends it. */
const { recordAttention } = proxyActivities<AttentionActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes', maximumAttempts: 10 },
});

/** An error's text is kept whole up to this many characters. */
const ERROR_CHARS = 2000;

function describe(failure: ActivityFailure): string {
  const cause = failure.cause;
  const text =
    cause instanceof TimeoutFailure
      ? `timed out (${cause.timeoutType})`
      : cause instanceof ApplicationFailure && cause.type
        ? `${cause.type}: ${cause.message}`
        : (cause?.message ?? failure.message);
  return text.slice(0, ERROR_CHARS);
}

export class Attention {
  /** The best-effort row writes, one after another, so a removal never overtakes the row it removes. */
  private rows: Promise<void> = Promise.resolve();

  constructor(
    private readonly state: () => LifecycleState,
    private readonly changed: () => void,
    /** Sees each write's result as it succeeds (the audit head it answers), before its caller does. */
    private readonly written: (result: unknown) => void = () => {},
  ) {}

  /** A write failed past its retries and no retry of it is under way: the lifecycle is at rest, held by it. */
  get waiting(): boolean {
    const attention = this.state().attention;
    return attention !== undefined && !attention.retrying;
  }

  /** Runs the write until it succeeds, waiting for an administrator's retry after each failure. */
  async write<T>(write: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        const result = await write();
        this.written(result);
        if (this.state().attention) this.set(undefined);
        return result;
      } catch (error) {
        if (!(error instanceof ActivityFailure)) throw error;
        const before = this.state().attention;
        const now = new Date().toISOString();
        this.set({
          activity: error.activityType ?? 'unknown',
          error: describe(error),
          since: before?.since ?? now,
          retries: before?.retries ?? 0,
          retrying: false,
        });
        await condition(() => this.state().attention?.retrying === true);
      }
    }
  }

  /** The refusal of a retry, if any: by an administrator only, of a write that waits for one. */
  refusalOfRetry(actor: Actor) {
    const attention = this.state().attention;
    if (!hasRole(actor, 'admin')) return refuse('admin_only', {});
    if (!attention) return refuse('nothing_needs_attention', {});
    if (attention.retrying) return refuse('attention_retry_underway', {});
    return undefined;
  }

  /** Lets the waiting write run again; returns what is being retried. */
  retry(): AttentionNeeded {
    const attention = this.state().attention!;
    attention.retrying = true;
    attention.retries += 1;
    return { ...attention };
  }

  /** Resolves when every row write has settled (before the run ends). */
  async rowsWritten(): Promise<void> {
    await this.rows;
  }

  private set(attention: AttentionNeeded | undefined): void {
    const state = this.state();
    state.attention = attention;
    this.changed();
    const { proposalId } = state;
    this.rows = this.rows.then(() => recordAttention({ proposalId, attention: attention ?? null })).catch(() => undefined);
  }
}
