// The id of the request being served, carried through its async calls: every log line of the request and
// every Update it sends to a workflow names it, so one decision can be followed end to end. With it goes
// the caller's own name for what the request does (from its Idempotency-Key), which names the Updates the
// request sends, so that a retry of the request reaches the same Updates.
import { AsyncLocalStorage } from 'node:async_hooks';

const context = new AsyncLocalStorage<{ requestId?: string; operation?: string }>();

export const currentRequestId = (): string | undefined => context.getStore()?.requestId;

export const withRequestId = <T>(requestId: string, run: () => T): T => context.run({ requestId }, run);

/** What the caller named this request by (who, its Idempotency-Key, what it asks), when it named it. */
export const currentOperation = (): string | undefined => context.getStore()?.operation;

export const withOperation = <T>(operation: string, run: () => T): T => context.run({ ...context.getStore(), operation }, run);
