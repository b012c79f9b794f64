// Idempotency-Key: a client that retries after a timeout gets the first answer, never a second effect.
import { lowRiskDraft, openTask } from './support/proposals.js';
import { System } from './support/system.js';

let system: System;
beforeAll(async () => {
  system = await System.start();
});
afterAll(() => system.stop());

const count = async (sql: string, params: unknown[] = []) => Number((await system.db.query(sql, params)).rows[0].count);
const drafts = () => count(`SELECT count(*) FROM proposals WHERE created_by = 'kim.manager'`);
const create = (key: string, body: object = lowRiskDraft(), as: 'kim.manager' | 'lee.manager' = 'kim.manager') =>
  system.call('POST', '/api/proposals', { as, body, headers: { 'idempotency-key': key } });

describe('creating a draft', () => {
  it('repeats the first answer for the same key and body, in any key order, and creates one draft', async () => {
    const before = await drafts();
    const first = await create('create-1');
    const { answers, ...rest } = lowRiskDraft();
    const reordered = await create('create-1', { answers, ...Object.fromEntries(Object.entries(rest).reverse()) });
    expect(first.status).toBe(201);
    expect(reordered).toEqual(first);
    expect(await drafts()).toBe(before + 1);
  });

  it('refuses the same key with another body with 422, and creates nothing', async () => {
    await create('create-2');
    const before = await drafts();
    const other = await create('create-2', { ...lowRiskDraft(), title: '다른 제목' });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency_key_reused');
    expect(await drafts()).toBe(before);
  });

  it('keeps nothing for a refused request: the fixed one may use the same key', async () => {
    const refused = await create('create-3', { ...lowRiskDraft(), title: '' });
    expect(refused.status).toBe(400);
    expect((await create('create-3')).status).toBe(201);
  });

  it('answers two simultaneous requests with one draft', async () => {
    const before = await drafts();
    const replies = await Promise.all([create('create-4'), create('create-4'), create('create-4')]);
    const created = replies.filter((r) => r.status === 201);
    expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
    expect(replies.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    expect(await drafts()).toBe(before + 1);
  });

  it('scopes keys to the person, and forgets them once they expire', async () => {
    const mine = await create('create-5');
    const theirs = await create('create-5', lowRiskDraft(), 'lee.manager');
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);

    await system.db.query(`UPDATE idempotency_keys SET expires_at = now() - interval '1 second' WHERE key = 'create-5'`);
    const later = await create('create-5');
    expect(later.status).toBe(201);
    expect(later.body.id).not.toBe(mine.body.id);
  });

  it('refuses a key that is too long or not visible ASCII', async () => {
    expect((await create('x'.repeat(201))).status).toBe(400);
    expect((await create('key with spaces')).status).toBe(400);
  });
});

it('repeats a submission and a decision instead of answering 409 the second time', async () => {
  const draft = await create('lifecycle-1');
  const submit = () =>
    system.call('POST', `/api/proposals/${draft.body.id}/submit`, {
      as: 'kim.manager',
      headers: { 'idempotency-key': 'submit-1' },
    });
  const submitted = await submit();
  expect(submitted.status).toBe(202);
  expect(await submit()).toEqual(submitted);

  const review = await openTask(system, draft.body.id, 'expert_review', 'park.expert');
  await system.call('POST', `/api/tasks/${review.id}/claim`, { as: 'park.expert' });
  const complete = () =>
    system.call('POST', `/api/tasks/${review.id}/complete`, {
      as: 'park.expert',
      body: { decision: 'approve', comment: 'Sound.' },
      headers: { 'idempotency-key': 'decision-1' },
    });
  const decided = await complete();
  expect(decided.status).toBe(200);
  expect(await complete()).toEqual(decided);
  const decisions = `SELECT count(*) FROM audit_entries WHERE proposal_id = $1 AND action = 'expert_review_approve'`;
  expect(await count(decisions, [draft.body.id])).toBe(1);

  // Without the key, the same decision again is what it is: a decision that no longer applies.
  const again = await system.call('POST', `/api/tasks/${review.id}/complete`, {
    as: 'park.expert',
    body: { decision: 'approve', comment: 'Sound.' },
  });
  expect(again.status).toBe(409);
});
