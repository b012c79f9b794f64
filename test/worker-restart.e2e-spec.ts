// A worker crash in the middle of the slice loses no decision and doubles no effect: Temporal holds the
// process state, activities are idempotent, and a decision sent while no worker runs waits for one.
import { lowRiskDraft, openTask, reachStatus } from './support/proposals.js';
import { System } from './support/system.js';

let system: System;
beforeAll(async () => {
  system = await System.start();
});
afterAll(() => system.stop());

it('a proposal still reaches APPROVED, with no audit entry doubled, when its worker is killed twice', async () => {
  // Killed while screening: the submit is in flight, the workflow's first activities with it.
  const created = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() });
  const proposalId = created.body.id;
  const submit = system.call('POST', `/api/proposals/${proposalId}/submit`, { as: 'kim.manager' });
  await new Promise((resolve) => setTimeout(resolve, 100));
  await system.killWorker();
  system.startWorker();
  expect((await submit).status).toBe(202);
  const review = await openTask(system, proposalId, 'expert_review', 'park.expert');
  expect((await system.call('POST', `/api/tasks/${review.id}/claim`, { as: 'park.expert' })).status).toBe(200);

  // Killed before the decision: the Update waits until a worker is back, then succeeds once.
  await system.killWorker();
  const decision = system.call('POST', `/api/tasks/${review.id}/complete`, {
    as: 'park.expert',
    body: { decision: 'approve', comment: 'Reviewed across a worker crash.' },
  });
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  system.startWorker();
  expect((await decision).status).toBe(200);

  const signoff = await openTask(system, proposalId, 'ethics_signoff', 'jung.officer');
  const signed = await system.call('POST', `/api/tasks/${signoff.id}/complete`, {
    as: 'jung.officer',
    body: { decision: 'approve', comment: 'Approved.' },
  });
  expect(signed.status).toBe(200);
  await reachStatus(system, proposalId, 'APPROVED');

  const { rows } = await system.db.query(
    'SELECT action, from_status, to_status, actor FROM audit_entries WHERE proposal_id = $1 ORDER BY seq',
    [proposalId],
  );
  expect(rows.map((r) => r.action)).toEqual([
    'submitted',
    'screening_started',
    'screened',
    'expert_review_opened',
    'task_claimed',
    'expert_review_approve',
    'reviews_approved',
    'ethics_signoff_opened',
    'ethics_signoff_approve',
    'approved',
  ]);
  const tasks = await system.db.query('SELECT kind, status, decision FROM tasks WHERE proposal_id = $1 ORDER BY created_at', [
    proposalId,
  ]);
  expect(tasks.rows).toEqual([
    { kind: 'expert_review', status: 'completed', decision: 'approve' },
    { kind: 'ethics_signoff', status: 'completed', decision: 'approve' },
  ]);
});
