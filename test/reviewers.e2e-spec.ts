// What reviewers read and what they may decide, over HTTP: experts and officers read only proposals with a task of
// their groups (never their own department's nor a conflicted one's), in the list, the detail, the audit log, its
// verification and the inbox; and separation of duties (policy data) holds one person to one review of a proposal
// per round, and keeps reviewers from signing off what they reviewed.
import { lowRiskDraft, openTask, reachStatus, submittedProposal } from './support/proposals.js';
import { type DemoUserId, System } from './support/system.js';

let system: System;
let welfare: string; // in EXPERT_REVIEW, its technical review open
let transport: string; // lee.manager's, in EXPERT_REVIEW, its technical review open
beforeAll(async () => {
  system = await System.start();
  welfare = await submittedProposal(system);
  transport = await submittedProposal(system, 'lee.manager');
  await reachStatus(system, welfare, 'EXPERT_REVIEW');
  await reachStatus(system, transport, 'EXPERT_REVIEW', 'lee.manager');
});
afterAll(() => system.stop());

const listed = async (as: DemoUserId) => {
  const reply = await system.call('GET', '/api/proposals?limit=200', { as });
  expect(reply.status).toBe(200);
  return (reply.body.items as { id: string }[]).map((p) => p.id);
};
const inbox = async (as: DemoUserId) => {
  const reply = await system.call('GET', '/api/tasks?limit=200', { as });
  expect(reply.status).toBe(200);
  return (reply.body as { proposalId: string }[]).map((t) => t.proposalId);
};

describe('reviewers read only what they review', () => {
  it("the own-department expert finds neither their department's proposal nor its task, and reads it nowhere", async () => {
    expect(await listed('choi.expert')).toEqual(expect.arrayContaining([transport]));
    expect(await listed('choi.expert')).not.toContain(welfare);
    expect(await inbox('choi.expert')).not.toContain(welfare);
    for (const tail of ['', '/audit', '/audit/verify']) {
      const refused = await system.call('GET', `/api/proposals/${welfare}${tail}`, { as: 'choi.expert' });
      // As for a proposal that does not exist: the same status and code.
      expect([tail, refused.status, refused.body.code]).toEqual([tail, 404, 'proposal_not_found']);
    }
  });

  it('the expert who declared a conflict with TRANSPORT finds its proposal nowhere, and reads WELFARE’s', async () => {
    expect(await listed('yoon.expert')).not.toContain(transport);
    expect(await inbox('yoon.expert')).not.toContain(transport);
    expect((await system.call('GET', `/api/proposals/${transport}/audit`, { as: 'yoon.expert' })).status).toBe(404);
    expect(await listed('yoon.expert')).toContain(welfare);
    expect((await system.call('GET', `/api/proposals/${welfare}/audit`, { as: 'yoon.expert' })).status).toBe(200);
  });

  it('the officer reads a proposal once it has a sign-off task, not before; nobody but its department reads a draft', async () => {
    expect(await listed('jung.officer')).not.toContain(welfare);
    const review = await openTask(system, welfare, 'expert_review', 'park.expert');
    const decided = await system.call('POST', `/api/tasks/${review.id}/complete`, {
      as: 'park.expert',
      body: { decision: 'approve', comment: '' },
    });
    expect(decided.status).toBe(200);
    await openTask(system, welfare, 'ethics_signoff', 'jung.officer');
    expect(await listed('jung.officer')).toContain(welfare);
    expect((await system.call('GET', `/api/proposals/${welfare}`, { as: 'jung.officer' })).status).toBe(200);

    const draft = (await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() })).body.id;
    expect(await listed('park.expert')).not.toContain(draft);
    expect(await listed('kim.manager')).toContain(draft);
  });
});

describe('separation of duties (policy data: one review of a proposal per person per round, no reviewer signs off)', () => {
  const taskCall = (action: string, taskId: string, as: { as?: DemoUserId; token?: string }, body?: object) =>
    system.call('POST', `/api/tasks/${taskId}/${action}`, { ...as, body });
  const approval = { decision: 'approve', comment: '' };

  it('an expert of every domain takes and decides one of the parallel reviews of a tier IV proposal, not a second', async () => {
    // Its flags agree with its answers, and from tier III it names a contact (libs/domain/src/declarations.ts).
    const draft = {
      ...lowRiskDraft(),
      automation: 'fully_automated',
      highImpactArea: 'public_service_eligibility',
      overseerContact: '복지정책과 AI 담당 02-2133-0000',
      answers: { ...lowRiskDraft().answers, profile_automation: 'fully_automated' },
    };
    const created = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: draft });
    const submitted = await system.call('POST', `/api/proposals/${created.body.id}/submit`, { as: 'kim.manager' });
    expect(submitted.body).toMatchObject({ status: 'EXPERT_REVIEW', tier: 4 });
    const [first, second] = submitted.body.tasks as { id: string }[];
    expect(submitted.body.tasks).toHaveLength(4);

    expect((await taskCall('claim', first.id, { as: 'park.expert' })).status).toBe(200);
    const secondClaim = await taskCall('claim', second.id, { as: 'park.expert' });
    expect([secondClaim.status, secondClaim.body.code]).toEqual([403, 'second_review_in_round']);
    expect((await taskCall('complete', first.id, { as: 'park.expert' }, approval)).status).toBe(200);
    const secondDecision = await taskCall('complete', second.id, { as: 'park.expert' }, approval);
    expect([secondDecision.status, secondDecision.body.code]).toEqual([403, 'second_review_in_round']);
    // Refused, it changed nothing: the review is open for another expert, who decides it.
    const detail = await system.call('GET', `/api/proposals/${created.body.id}`, { as: 'kim.manager' });
    expect(detail.body.tasks.find((t: { id: string }) => t.id === second.id)).toMatchObject({ status: 'open', assignee: null });
    const other = system.token('park.expert', { sub: 'scope.second', dept: 'SAIF' } as never);
    expect((await taskCall('complete', second.id, { token: other }, approval)).status).toBe(200);
  });

  it('a person with both roles who reviewed a proposal may not sign it off; an officer who did not may', async () => {
    const both = system.token('park.expert', {
      sub: 'scope.dual',
      roles: ['foundation_expert', 'ethics_officer'],
      domains: ['technical'],
    } as never);
    const id = await submittedProposal(system);
    const review = await openTask(system, id, 'expert_review', 'park.expert');
    expect((await taskCall('complete', review.id, { token: both }, approval)).status).toBe(200);
    const seat = await openTask(system, id, 'ethics_signoff', 'jung.officer');
    for (const action of ['claim', 'complete']) {
      const refused = await taskCall(action, seat.id, { token: both }, action === 'complete' ? approval : undefined);
      expect([action, refused.status, refused.body.code]).toEqual([action, 403, 'reviewer_signs_off']);
    }
    expect((await taskCall('complete', seat.id, { as: 'jung.officer' }, approval)).status).toBe(200);
    await reachStatus(system, id, 'APPROVED');
  });
});
