// The lifecycle over HTTP, as the department, the experts and the officers live it: a revision round,
// a conditional sign-off, deployment with evidence, the public register, an incident, a withdrawal.
import { submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';

let system: System;
beforeAll(async () => {
  system = await System.start();
});
afterAll(() => system.stop());

const detail = async (id: string) => (await system.call('GET', `/api/proposals/${id}`, { as: 'kim.manager' })).body;
const taskOf = async (id: string, kind: string, as: 'park.expert' | 'jung.officer') =>
  (await system.call('GET', '/api/tasks', { as })).body.find((t: any) => t.proposalId === id && t.kind === kind);
const complete = (taskId: string, as: 'park.expert' | 'jung.officer', body: object) =>
  system.call('POST', `/api/tasks/${taskId}/complete`, { as, body });

it('revision, conditional sign-off, deployment with evidence, the register, and an incident', async () => {
  const id = await submittedProposal(system);
  const review = await taskOf(id, 'expert_review', 'park.expert');
  const asked = await complete(review.id, 'park.expert', {
    decision: 'request_changes',
    comment: 'Describe the counter service for citizens without a phone.',
  });
  expect(asked.status).toBe(200);
  expect(await detail(id)).toMatchObject({ status: 'REVISION_REQUESTED', allowedActions: ['edit', 'revise', 'withdraw'] });

  // Sent back for revision, the proposal is edited as a draft is (DESIGN §5), by its workflow, on the record.
  const edited = await system.call('PATCH', `/api/proposals/${id}`, {
    as: 'kim.manager',
    body: { title: '복지 상담 안내 챗봇 (창구 안내 포함)', answers: { sa_fallback: 'yes' } },
  });
  expect(edited.status).toBe(200);
  expect(edited.body).toMatchObject({ status: 'REVISION_REQUESTED', title: '복지 상담 안내 챗봇 (창구 안내 포함)' });
  expect(edited.body.answers.sa_fallback).toBe('yes');
  const audit = (await system.call('GET', `/api/proposals/${id}/audit`, { as: 'kim.manager' })).body;
  expect(audit.at(-1)).toMatchObject({ actor: 'kim.manager', action: 'proposal_edited' });
  const foreignEdit = await system.call('PATCH', `/api/proposals/${id}`, { as: 'lee.manager', body: { title: 'x' } });
  expect(foreignEdit.status).toBe(404);

  const badRevision = await system.call('POST', `/api/proposals/${id}/revisions`, {
    as: 'kim.manager',
    body: { reply: 'x', answers: { sa_fallback: 'maybe' } },
  });
  expect(badRevision.status).toBe(400);
  expect(badRevision.body.fields).toEqual([expect.objectContaining({ field: 'answers.sa_fallback', code: 'field_not_one_of' })]);
  const revised = await system.call('POST', `/api/proposals/${id}/revisions`, {
    as: 'kim.manager',
    headers: { 'Accept-Language': 'ko' },
    body: { reply: 'Counter service at every district office.', changes: { summary: 'Chatbot, with counter service for all.' } },
  });
  expect(revised.status).toBe(200);
  expect(revised.body).toMatchObject({ status: 'EXPERT_REVIEW', summary: 'Chatbot, with counter service for all.' });
  expect(revised.body.allowedActions).toEqual(['withdraw']);
  // The step answers with the proposal as a Korean reader reads it.
  expect(revised.body.scores.reasons[0]).toMatch(/^영향 점수/);
  const lateEdit = await system.call('PATCH', `/api/proposals/${id}`, { as: 'kim.manager', body: { title: 'x' } });
  expect(lateEdit.status).toBe(409);
  expect((await detail(id)).title).toBe('복지 상담 안내 챗봇 (창구 안내 포함)');

  const second = await taskOf(id, 'expert_review', 'park.expert');
  expect(second.round).toBe(2);
  expect((await complete(second.id, 'park.expert', { decision: 'approve', comment: '' })).status).toBe(200);
  const seat = await taskOf(id, 'ethics_signoff', 'jung.officer');
  const signed = await complete(seat.id, 'jung.officer', {
    decision: 'approve_with_conditions',
    comment: 'Approved on one condition.',
    conditions: ['Show the AI notice on the first screen'],
  });
  expect(signed.status).toBe(200);
  const approved = await detail(id);
  expect(approved.status).toBe('APPROVED');
  expect(approved.conditions).toEqual([{ id: expect.any(String), text: 'Show the AI notice on the first screen' }]);

  const conditionId = approved.conditions[0].id;
  const noEvidence = await system.call('POST', `/api/proposals/${id}/deployment`, {
    as: 'kim.manager',
    body: { version: '1.0.0', evidence: {} },
  });
  expect(noEvidence.status).toBe(400);
  expect(noEvidence.body).toMatchObject({ code: 'field_required', fields: [{ field: `evidence.${conditionId}` }] });
  expect((await detail(id)).status).toBe('APPROVED');
  const deployed = await system.call('POST', `/api/proposals/${id}/deployment`, {
    as: 'kim.manager',
    body: { version: '1.0.0', evidence: { [conditionId]: 'Screenshot of the first screen, 2026-12-01' } },
  });
  expect(deployed.status).toBe(200);
  expect(deployed.body.status).toBe('MONITORING');

  const register = await system.call('GET', '/api/register');
  expect(register.status).toBe(200);
  const entry = (register.body.items ?? register.body).find((e: any) => e.proposalId === id);
  expect(entry).toMatchObject({
    name: '복지 상담 안내 챗봇 (창구 안내 포함)',
    tier: 1,
    status: 'in_use',
    deployedVersion: '1.0.0',
  });
  expect(JSON.stringify(register.body)).not.toContain('Describe the counter service'); // no internal comment

  const incident = await system.call('POST', `/api/proposals/${id}/incidents`, {
    as: 'kim.manager',
    body: { severity: 'high', description: 'Wrong office given to 12 citizens.' },
  });
  expect(incident.status).toBe(201);
  expect((await detail(id)).status).toBe('REAUDIT');
  expect(await taskOf(id, 'reaudit', 'park.expert')).toMatchObject({ status: 'open', candidateGroup: 'experts:technical' });
});

it('a withdrawal cancels every open task; a later decision on one is a 409', async () => {
  const id = await submittedProposal(system);
  const review = await taskOf(id, 'expert_review', 'park.expert');
  expect((await system.call('POST', `/api/proposals/${id}/withdraw`, { as: 'lee.manager', body: { reason: 'x' } })).status).toBe(
    404,
  );
  const withdrawn = await system.call('POST', `/api/proposals/${id}/withdraw`, {
    as: 'kim.manager',
    body: { reason: 'The project was cancelled.' },
  });
  expect(withdrawn.status).toBe(200);
  expect(withdrawn.body.status).toBe('WITHDRAWN');
  expect(withdrawn.body.tasks.map((t: any) => t.status)).toEqual(['cancelled']);
  expect((await complete(review.id, 'park.expert', { decision: 'approve', comment: '' })).status).toBe(409);
  const again = await system.call('POST', `/api/proposals/${id}/withdraw`, { as: 'kim.manager', body: { reason: 'again' } });
  expect(again.status).toBe(409);
});
