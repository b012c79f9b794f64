// The Update id a request sends: the same for a retry of the same request, another for anything else.
import { withOperation, withRequestId } from '#logging';
import { updateIdFor } from './update-ids.js';

const withdrawal = { actor: { id: 'kim.manager' }, reason: 'The office chose another system.' };

it('is the same for a retry with the same Idempotency-Key, whatever its request id', () => {
  const first = withRequestId('r-1', () => withOperation('op-a', () => updateIdFor('withdraw', withdrawal)));
  const retry = withRequestId('r-2', () => withOperation('op-a', () => updateIdFor('withdraw', withdrawal)));
  expect(retry).toBe(first);
  expect(first).toMatch(/^withdraw-[0-9a-f]{40}$/);
  expect(withRequestId('r-1', () => withOperation('op-b', () => updateIdFor('withdraw', withdrawal)))).not.toBe(first);
});

it('without a key, is the same for the same request id and arguments, and another for other arguments', () => {
  const first = withRequestId('r-1', () => updateIdFor('withdraw', withdrawal));
  expect(withRequestId('r-1', () => updateIdFor('withdraw', withdrawal))).toBe(first);
  expect(withRequestId('r-1', () => updateIdFor('withdraw', { ...withdrawal, reason: 'Another.' }))).not.toBe(first);
  expect(withRequestId('r-1', () => updateIdFor('revise', withdrawal))).not.toBe(first);
  expect(withRequestId('r-2', () => updateIdFor('withdraw', withdrawal))).not.toBe(first);
});

it('is left to Temporal outside a request', () => {
  expect(updateIdFor('withdraw', withdrawal)).toBeUndefined();
});
