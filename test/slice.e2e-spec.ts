// The thin slice over HTTP, against a real Temporal and a real PostgreSQL: a draft becomes APPROVED.
import { lowRiskDraft, openTask, statusOf, submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';

let system: System;
beforeAll(async () => {
  system = await System.start();
});
afterAll(() => system.stop());

describe('a proposal from draft to APPROVED', () => {
  let proposalId: string;

  it('is screened when submitted: the answer shows its tier, why, and the technical review it waits on', async () => {
    const created = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() });
    expect(created.body).toMatchObject({ status: 'DRAFT', tier: null, department: 'WELFARE' });
    proposalId = created.body.id;

    const submitted = await system.call('POST', `/api/proposals/${proposalId}/submit`, { as: 'kim.manager' });
    expect(submitted.status).toBe(202);
    expect(submitted.body).toMatchObject({ status: 'EXPERT_REVIEW', tier: 1, policyVersion: '2026.2' });
    expect(submitted.body.scores.reasons[0]).toMatch(/gives tier I/);
    expect(submitted.body.tasks).toEqual([
      expect.objectContaining({ kind: 'expert_review', domain: 'technical', status: 'open' }),
    ]);

    const inbox = await system.call('GET', '/api/tasks', { as: 'park.expert' });
    expect(inbox.body.map((t: any) => t.id)).toContain(submitted.body.tasks[0].id);
  });

  it('is refused to an expert of its own department', async () => {
    const review = await openTask(system, proposalId, 'expert_review', 'park.expert');
    const claim = await system.call('POST', `/api/tasks/${review.id}/claim`, { as: 'choi.expert' });
    expect(claim.status).toBe(403);
    expect(claim.body.code).toBe('own_department_review');
    const inbox = await system.call('GET', '/api/tasks', { as: 'choi.expert' });
    expect(inbox.body.map((t: any) => t.id)).not.toContain(review.id);
  });

  it('is hidden from a manager of another department', async () => {
    for (const path of [`/api/proposals/${proposalId}`, `/api/proposals/${proposalId}/audit`]) {
      expect((await system.call('GET', path, { as: 'lee.manager' })).status).toBe(404);
    }
    const list = await system.call('GET', '/api/proposals', { as: 'lee.manager' });
    expect(list.body.items.map((p: any) => p.id)).not.toContain(proposalId);
  });

  it('is approved by the expert and then the ethics officer', async () => {
    const review = await openTask(system, proposalId, 'expert_review', 'park.expert');
    const claimed = await system.call('POST', `/api/tasks/${review.id}/claim`, { as: 'park.expert' });
    expect(claimed.body).toMatchObject({ status: 'claimed', assignee: 'park.expert' });
    const approved = await system.call('POST', `/api/tasks/${review.id}/complete`, {
      as: 'park.expert',
      body: { decision: 'approve', comment: 'Tested on the published guides; no personal data.' },
    });
    expect(approved.status).toBe(200);
    expect(approved.body.decision).toMatchObject({ decision: 'approve', by: 'park.expert' });

    // A decision answers once the lifecycle has acted on it: the next stage is already there to read.
    expect(await statusOf(system, proposalId)).toBe('ETHICS_SIGNOFF');
    const officerInbox = await system.call('GET', '/api/tasks', { as: 'jung.officer' });
    const signoff = officerInbox.body.find((t: any) => t.proposalId === proposalId && t.kind === 'ethics_signoff');
    expect(signoff).toMatchObject({ status: 'open', candidateGroup: 'ethics_officers' });

    const signed = await system.call('POST', `/api/tasks/${signoff.id}/complete`, {
      as: 'jung.officer',
      body: { decision: 'approve', comment: 'Meets the Seoul AI Ethics Guidelines.' },
    });
    expect(signed.status).toBe(200);
    expect(await statusOf(system, proposalId)).toBe('APPROVED');
  });

  it('refuses a second completion with 409 and records no second decision', async () => {
    const detail = await system.call('GET', `/api/proposals/${proposalId}`, { as: 'kim.manager' });
    const review = detail.body.tasks.find((t: any) => t.kind === 'expert_review');
    const before = await system.call('GET', `/api/proposals/${proposalId}/audit`, { as: 'kim.manager' });

    const again = await system.call('POST', `/api/tasks/${review.id}/complete`, {
      as: 'park.expert',
      body: { decision: 'reject', comment: 'changed my mind' },
    });
    expect(again.status).toBe(409);
    const after = await system.call('GET', `/api/proposals/${proposalId}/audit`, { as: 'kim.manager' });
    expect(after.body).toEqual(before.body);
  });

  it('has one audit entry per transition and decision, with actor, time and rationale', async () => {
    const audit = await system.call('GET', `/api/proposals/${proposalId}/audit`, { as: 'kim.manager' });
    const transitions = audit.body.filter((e: any) => e.toStatus).map((e: any) => `${e.fromStatus}→${e.toStatus}`);
    expect(transitions).toEqual([
      'DRAFT→SUBMITTED',
      'SUBMITTED→SCREENING',
      'SCREENING→EXPERT_REVIEW',
      'EXPERT_REVIEW→ETHICS_SIGNOFF',
      'ETHICS_SIGNOFF→APPROVED',
    ]);
    const decisions = audit.body.filter((e: any) => /_(approve|reject)$/.test(e.action));
    expect(decisions).toEqual([
      expect.objectContaining({
        actor: 'park.expert',
        action: 'expert_review_approve',
        rationale: expect.stringMatching(/published guides/),
      }),
      expect.objectContaining({
        actor: 'jung.officer',
        action: 'ethics_signoff_approve',
        rationale: 'Meets the Seoul AI Ethics Guidelines.',
      }),
    ]);
    for (const entry of audit.body) expect(Date.parse(entry.at)).not.toBeNaN();

    const detail = await system.call('GET', `/api/proposals/${proposalId}`, { as: 'kim.manager' });
    expect(detail.body.timeline.map((t: any) => t.status)).toEqual([
      'SUBMITTED',
      'SCREENING',
      'EXPERT_REVIEW',
      'ETHICS_SIGNOFF',
      'APPROVED',
    ]);
  });
});

describe('submitting', () => {
  it('twice starts one workflow and records one submission: the second, past DRAFT, is a 409', async () => {
    const proposalId = await submittedProposal(system);
    const second = await system.call('POST', `/api/proposals/${proposalId}/submit`, { as: 'kim.manager' });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('stage_refuses_action');
    await openTask(system, proposalId, 'expert_review', 'park.expert');
    const audit = await system.call('GET', `/api/proposals/${proposalId}/audit`, { as: 'kim.manager' });
    expect(audit.body.filter((e: any) => e.action === 'submitted')).toHaveLength(1);
    expect(audit.body.filter((e: any) => e.toStatus === 'SCREENING')).toHaveLength(1);
  });

  it('with a required answer missing is a 422 naming it (the stored draft is at fault), and it stays a draft', async () => {
    const draft = lowRiskDraft();
    delete (draft.answers as Record<string, unknown>).tr_explainability;
    const created = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: draft });
    expect(created.status).toBe(201);
    const submit = await system.call('POST', `/api/proposals/${created.body.id}/submit`, { as: 'kim.manager' });
    expect(submit.status).toBe(422);
    expect(submit.body).toMatchObject({
      code: 'field_required',
      message: 'answers.tr_explainability is required',
      fields: [{ field: 'answers.tr_explainability', code: 'field_required' }],
    });
    const detail = await system.call('GET', `/api/proposals/${created.body.id}`, { as: 'kim.manager' });
    expect(detail.body.status).toBe('DRAFT');
  });
});
