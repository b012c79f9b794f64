// The id of the request being served, carried through its async calls: every log line of the request and
// every Update it sends to a workflow names it, so one decision can be followed end to end.
import { AsyncLocalStorage } from 'node:async_hooks';

const context = new AsyncLocalStorage<{ requestId: string }>();

export const currentRequestId = (): string | undefined => context.getStore()?.requestId;

export const withRequestId = <T>(requestId: string, run: () => T): T => context.run({ requestId }, run);
