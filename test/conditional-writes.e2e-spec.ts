// Edits that race the lifecycle: a draft's PATCH is one conditional statement, so a submission and its
// screening landing between the edit's read and its write are never written back to DRAFT (issue 17).
import { lowRiskDraft, reachStatus } from './support/proposals.js';
import { System } from './support/system.js';

let system: System;
beforeAll(async () => {
  system = await System.start();
});
afterAll(() => system.stop());

const ROUNDS = 12;
const TABS = 8;

type Seen = { status: number; code?: string };

/** PATCHes of the draft from one tab, one after another, until the submit has answered. */
async function editUntil(id: string, submitted: () => boolean): Promise<Seen[]> {
  const replies: Seen[] = [];
  for (let i = 0; !submitted() || replies.length === 0; i++) {
    const reply = await system.call('PATCH', `/api/proposals/${id}`, {
      as: 'kim.manager',
      body: { ...lowRiskDraft(), title: `수정 ${i}` },
    });
    replies.push({ status: reply.status, code: reply.body?.code });
  }
  return replies;
}

/** Reads the proposal's row while the round lasts: every stage it was seen in after it first left DRAFT. */
async function watch(id: string, over: () => boolean): Promise<string[]> {
  const after: string[] = [];
  while (!over()) {
    const { rows } = await system.db.query('SELECT status, tier FROM proposals WHERE id = $1', [id]);
    if (after.length > 0 || rows[0].status !== 'DRAFT')
      after.push(rows[0].tier === null ? rows[0].status : `${rows[0].status}+tier`);
  }
  return after;
}

it('never finds a submitted or screened proposal back in DRAFT when edits race its submission', async () => {
  const replies: Seen[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const created = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() });
    const id: string = created.body.id;
    let submitted = false;
    let over = false;
    const watched = watch(id, () => over);
    const submit = system.call('POST', `/api/proposals/${id}/submit`, { as: 'kim.manager' }).finally(() => (submitted = true));
    // Tabs of the department saving while the submission is under way.
    try {
      const edits = await Promise.all(Array.from({ length: TABS }, () => editUntil(id, () => submitted)));
      expect((await submit).status).toBe(202);
      replies.push(...edits.flat());
      // An edit written over the submission would leave it in DRAFT for good: this would time out.
      await reachStatus(system, id, 'EXPERT_REVIEW');
    } finally {
      over = true;
    }
    expect((await watched).filter((seen) => seen.startsWith('DRAFT'))).toEqual([]);
    const { rows } = await system.db.query('SELECT status, tier, scores FROM proposals WHERE id = $1', [id]);
    expect(rows[0]).toMatchObject({ status: 'EXPERT_REVIEW', tier: 1, scores: expect.any(Object) });
  }
  // Every edit either landed on the draft or was refused as one that no longer applies.
  const refused = replies.filter((r) => r.status === 409);
  expect(replies.filter((r) => r.status !== 200 && r.status !== 409)).toEqual([]);
  expect(refused.length).toBeGreaterThan(0);
  for (const { code } of refused)
    expect(['stage_refuses_action', 'submission_in_progress', 'proposal_changed_meanwhile']).toContain(code);
});

it('takes no edit of a draft whose submission is under way: the workflow screens the draft the submit checked', async () => {
  const created = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() });
  const id: string = created.body.id;
  // As a submit leaves the draft between its check and the workflow's first write.
  await system.db.query('UPDATE proposals SET submission_requested_at = now() WHERE id = $1', [id]);
  const before = (await system.db.query('SELECT title, answers FROM proposals WHERE id = $1', [id])).rows[0];
  const { tr_explainability: _, ...incomplete } = lowRiskDraft().answers;
  const edit = await system.call('PATCH', `/api/proposals/${id}`, {
    as: 'kim.manager',
    body: { title: '늦은 수정', answers: incomplete },
  });
  expect(edit).toMatchObject({ status: 409, body: { code: 'submission_in_progress' } });
  expect((await system.db.query('SELECT title, answers FROM proposals WHERE id = $1', [id])).rows[0]).toEqual(before);
  // A submit of it again goes on: the first may never have reached Temporal.
  expect((await system.call('POST', `/api/proposals/${id}/submit`, { as: 'kim.manager' })).status).toBe(202);
  await reachStatus(system, id, 'EXPERT_REVIEW');
});
