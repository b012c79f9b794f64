// Each Update the API sends is named by the caller's request, so that a retry of the same request (after a
// 503, say) attaches to the Update the first attempt sent — Temporal answers it with that Update's outcome —
// rather than applying a second one. With an Idempotency-Key the name comes from it (who sent it and what it
// asks); without one, from the request id (the caller's `X-Request-Id`, or a new one) and what is asked.
import { createHash } from 'node:crypto';
import { currentOperation, currentRequestId } from '#logging';

export function updateIdFor(updateName: string, arg: object): string | undefined {
  const operation = currentOperation();
  const requestId = currentRequestId();
  const source = operation ?? (requestId === undefined ? undefined : `request ${requestId}\n${JSON.stringify(arg)}`);
  if (source === undefined) return undefined; // not from a request: Temporal makes an id
  return `${updateName}-${createHash('sha256').update(`${updateName}\n${source}`).digest('hex').slice(0, 40)}`;
}
