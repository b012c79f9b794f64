// Refusals of the department's steps and of task decisions that the API gives on its own, before any
// workflow is asked: who, which stage, what the body says. Each refusal leaves no trace. The proposals are
// moved to a stage by hand (no workflow runs for them), so a request that passes every check reaches the
// gateway and finds no workflow: a 409, and still nothing recorded.
import { randomUUID } from 'node:crypto';
import { lowRiskDraft } from './support/proposals.js';
import { System } from './support/system.js';

let system: System;
beforeAll(async () => {
  system = await System.start();
});
afterAll(() => system.stop());

const STEPS = [
  { path: 'revisions', body: { reply: 'We added the bias test results.' } },
  { path: 'withdraw', body: { reason: 'The project plan changed.' } },
  { path: 'deployment', body: { version: '1.0.0', evidence: {} } },
  { path: 'incidents', body: { severity: 'high', description: 'Wrong eligibility answers for a week.' } },
];

/** A WELFARE proposal in `status`, whose stored answers are the low-risk draft's with `change`. */
async function proposalAt(status: string, change: Record<string, unknown> = {}): Promise<string> {
  const created = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: { ...lowRiskDraft(), ...change } });
  expect(created.status).toBe(201);
  if (status !== 'DRAFT') await system.db.query('UPDATE proposals SET status = $1 WHERE id = $2', [status, created.body.id]);
  return created.body.id;
}

const auditCount = async (proposalId: string) =>
  Number((await system.db.query('SELECT count(*) FROM audit_entries WHERE proposal_id = $1', [proposalId])).rows[0].count);
/** Each field problem of a refusal, as `field code`. */
const problemsOf = (reply: { body: any }) =>
  (reply.body.fields as { field: string; code: string }[]).map((f) => `${f.field} ${f.code}`);

describe('the department steps', () => {
  it.each(STEPS)('$path on a DRAFT is a 409 and changes nothing', async ({ path, body }) => {
    const id = await proposalAt('DRAFT');
    const before = await system.call('GET', `/api/proposals/${id}`, { as: 'kim.manager' });
    const reply = await system.call('POST', `/api/proposals/${id}/${path}`, { as: 'kim.manager', body });
    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({ code: 'stage_refuses_action', message: expect.stringMatching(/^a proposal in Draft /) });
    expect(await auditCount(id)).toBe(0);
    expect((await system.call('GET', `/api/proposals/${id}`, { as: 'kim.manager' })).body).toEqual(before.body);
  });

  it('an incident on a system not yet in operation is a 409, for an administrator too', async () => {
    const id = await proposalAt('APPROVED');
    const reply = await system.call('POST', `/api/proposals/${id}/incidents`, { as: 'han.admin', body: STEPS[3].body });
    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({
      code: 'stage_refuses_action',
      message: 'a proposal in Approved does not take an incident report',
    });
  });

  it.each(['DEPLOYED', 'REJECTED', 'MONITORING'])('withdrawing a %s proposal is a 409', async (status) => {
    const id = await proposalAt(status);
    const reply = await system.call('POST', `/api/proposals/${id}/withdraw`, { as: 'kim.manager', body: STEPS[1].body });
    expect(reply.status).toBe(409);
    expect(await auditCount(id)).toBe(0);
  });

  it.each(STEPS)("$path on another department's proposal is a 404", async ({ path, body }) => {
    const id = await proposalAt('APPROVED');
    expect((await system.call('POST', `/api/proposals/${id}/${path}`, { as: 'lee.manager', body })).status).toBe(404);
  });

  it.each(STEPS)('$path is refused to an expert and an officer with 403', async ({ path, body }) => {
    const id = await proposalAt('APPROVED');
    for (const as of ['park.expert', 'jung.officer'] as const) {
      expect((await system.call('POST', `/api/proposals/${id}/${path}`, { as, body })).status).toBe(403);
    }
  });

  it.each([
    ['revisions', {}, 'reply field_required'],
    ['revisions', { reply: '   ' }, 'reply field_blank'],
    ['revisions', { reply: 'ok', answers: 'all of them' }, 'answers field_not_object'],
    ['revisions', { reply: 'ok', changes: { colour: 'blue' } }, 'changes.colour field_not_allowed'],
    ['revisions', { reply: 'ok', changes: { title: '' } }, 'changes.title field_length'],
    ['revisions', { reply: 'ok', extra: 1 }, 'extra field_not_allowed'],
    ['withdraw', {}, 'reason field_required'],
    ['withdraw', { reason: 'x'.repeat(2001) }, 'reason field_length'],
    ['deployment', { evidence: {} }, 'version field_required'],
    ['deployment', { version: '1.0.0', evidence: 'done' }, 'evidence field_not_object'],
    ['incidents', { severity: 'medium', description: 'x' }, 'severity field_not_one_of'],
    ['incidents', { severity: 'low' }, 'description field_required'],
  ])('%s with %j is a 400 naming it (%s)', async (path, body, problem) => {
    const id = await proposalAt('APPROVED');
    const reply = await system.call('POST', `/api/proposals/${id}/${path}`, { as: 'kim.manager', body });
    expect(reply.status).toBe(400);
    expect(problemsOf(reply)).toContain(problem);
    expect(await auditCount(id)).toBe(0);
  });
});

describe('a revision', () => {
  it('with an answer that is not an option is a 400 naming it', async () => {
    const id = await proposalAt('REVISION_REQUESTED');
    const reply = await system.call('POST', `/api/proposals/${id}/revisions`, {
      as: 'kim.manager',
      body: { reply: 'Updated.', answers: { pi_people_affected: 'everyone' } },
    });
    expect(reply.status).toBe(400);
    expect(problemsOf(reply)).toEqual(['answers.pi_people_affected field_not_one_of']);
  });

  it('must leave no required answer missing, counting the stored ones', async () => {
    const { tr_explainability: _, ...answers } = lowRiskDraft().answers;
    const id = await proposalAt('REVISION_REQUESTED', { answers });
    const missing = await system.call('POST', `/api/proposals/${id}/revisions`, {
      as: 'kim.manager',
      body: { reply: 'Updated.', answers: { fa_bias_tested: 'yes' } },
    });
    expect(missing.status).toBe(400);
    expect(problemsOf(missing)).toEqual(['answers.tr_explainability field_required']);

    // Complete now: past the API's checks, to a workflow that does not exist here.
    const complete = await system.call('POST', `/api/proposals/${id}/revisions`, {
      as: 'kim.manager',
      body: { reply: 'Updated.', answers: { tr_explainability: 'fully' }, changes: { title: 'Revised' } },
    });
    expect(complete.status).toBe(409);
    expect(await auditCount(id)).toBe(0);
    expect((await system.call('GET', `/api/proposals/${id}`, { as: 'kim.manager' })).body.title).toBe(lowRiskDraft().title);
  });
});

describe('a deployment', () => {
  async function approvedWithConditions() {
    const id = await proposalAt('APPROVED');
    const conditions = [`${id}-1`, `${id}-2`];
    for (const [i, conditionId] of conditions.entries()) {
      await system.db.query('INSERT INTO conditions (id, proposal_id, text) VALUES ($1, $2, $3)', [
        conditionId,
        id,
        `Condition ${i + 1}`,
      ]);
    }
    return { id, conditions };
  }

  it("shows the sign-off's conditions on the proposal", async () => {
    const { id, conditions } = await approvedWithConditions();
    const detail = await system.call('GET', `/api/proposals/${id}`, { as: 'kim.manager' });
    expect(detail.body.conditions).toEqual([
      { id: conditions[0], text: 'Condition 1' },
      { id: conditions[1], text: 'Condition 2' },
    ]);
  });

  it('needs non-blank evidence for every condition, and for no other key', async () => {
    const { id, conditions } = await approvedWithConditions();
    const deploy = (evidence: unknown) =>
      system.call('POST', `/api/proposals/${id}/deployment`, { as: 'kim.manager', body: { version: '1.0.0', evidence } });

    const none = await deploy({});
    expect(none.status).toBe(400);
    expect(problemsOf(none)).toEqual([`evidence.${conditions[0]} field_required`, `evidence.${conditions[1]} field_required`]);
    const blank = await deploy({ [conditions[0]]: '  ', [conditions[1]]: 42 });
    expect(problemsOf(blank)).toEqual([`evidence.${conditions[0]} field_required`, `evidence.${conditions[1]} field_not_text`]);
    const unknown = await deploy({ [conditions[0]]: 'report', [conditions[1]]: 'fallback', bogus: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      code: 'evidence_not_a_condition',
      message: 'evidence.bogus is not a condition of this proposal',
    });

    const complete = await deploy({ [conditions[0]]: 'report', [conditions[1]]: 'fallback' });
    expect(complete.status).toBe(409); // past the API's checks; no workflow runs for this proposal
    expect(await auditCount(id)).toBe(0);
  });
});

describe('a task decision', () => {
  /** An open task on a WELFARE proposal in review, straight into the read model. */
  async function openTask(kind: 'expert_review' | 'ethics_signoff') {
    const proposalId = await proposalAt(kind === 'expert_review' ? 'EXPERT_REVIEW' : 'ETHICS_SIGNOFF');
    const taskId = randomUUID();
    await system.db.query(
      `INSERT INTO tasks (id, proposal_id, kind, domain, round, status, candidate_group, due_at, stalls_at)
       VALUES ($1, $2, $3, $4, 1, 'open', $5, now() + interval '5 days', now() + interval '5 days')`,
      [
        taskId,
        proposalId,
        kind,
        kind === 'expert_review' ? 'technical' : 'ethics',
        kind === 'expert_review' ? 'experts:technical' : 'ethics_officers',
      ],
    );
    return { proposalId, taskId };
  }

  it.each([
    ['expert_review', 'park.expert', { decision: 'reject', comment: '  ' }, 'comment decision_needs_comment'],
    ['expert_review', 'park.expert', { decision: 'request_changes', comment: '' }, 'comment decision_needs_comment'],
    [
      'expert_review',
      'park.expert',
      { decision: 'approve', comment: 'ok', conditions: ['x'] },
      'conditions conditions_without_conditional_decision',
    ],
    [
      'ethics_signoff',
      'jung.officer',
      { decision: 'approve_with_conditions', comment: 'ok' },
      'conditions decision_needs_conditions',
    ],
    [
      'ethics_signoff',
      'jung.officer',
      { decision: 'approve_with_conditions', comment: 'ok', conditions: [' '] },
      'conditions field_item_blank',
    ],
    ['ethics_signoff', 'jung.officer', { decision: 'pass', comment: '' }, 'decision decision_not_for_kind'],
  ] as const)('%s by %s with %j is a 400 (%s), and the task stays open', async (kind, as, body, problem) => {
    const { proposalId, taskId } = await openTask(kind);
    const reply = await system.call('POST', `/api/tasks/${taskId}/complete`, { as, body });
    expect(reply.status).toBe(400);
    expect(problemsOf(reply)).toEqual([problem]);
    expect(await auditCount(proposalId)).toBe(0);
    const task = await system.db.query('SELECT status, decision FROM tasks WHERE id = $1', [taskId]);
    expect(task.rows[0]).toEqual({ status: 'open', decision: null });
  });
});
