// A department's draft and the steps of the slice, as a user takes them over HTTP.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { type Answers, type Policy, policyFor } from '#domain';
import { ProposalEntity } from '#persistence';
import type { DemoUserId, System } from './system.js';

/**
 * The answers a low-impact, well-mitigated system gives under `policy`: the 0-point option of every impact
 * question, the best option of every mitigation question, a sentence for every text question.
 */
export function lowRiskAnswers(policy: Policy = policyFor()): Answers {
  const answers: Answers = {};
  for (const question of policy.sections.flatMap((s) => s.questions)) {
    if (question.kind === 'text') {
      answers[question.id] = 'Published service guides of the Welfare Policy Office';
      continue;
    }
    const best = [...question.options].sort((a, b) =>
      question.scoring === 'mitigation' ? b.points - a.points : a.points - b.points,
    )[0];
    answers[question.id] = question.kind === 'multi' ? [best.id] : best.id;
  }
  return answers;
}

/** A low-impact, well-mitigated chatbot: tier I, one technical review and one officer's sign-off. */
export const lowRiskDraft = (policy?: Policy) => ({
  title: '복지 상담 안내 챗봇',
  summary: 'Answers citizens’ questions about welfare services and points them to the right office.',
  purpose: 'Shorter queues at district welfare offices.',
  systemType: 'in_house',
  automation: 'advisory',
  highImpactArea: null,
  personalData: false,
  affectsVulnerableGroups: false,
  answers: lowRiskAnswers(policy),
});

/** A low-risk proposal of the manager's department (kim.manager's WELFARE unless said), submitted. */
export async function submittedProposal(system: System, as: DemoUserId = 'kim.manager'): Promise<string> {
  const created = await system.call('POST', '/api/proposals', { as, body: lowRiskDraft() });
  expect(created.status).toBe(201);
  const submitted = await system.call('POST', `/api/proposals/${created.body.id}/submit`, { as });
  expect(submitted.status).toBe(202);
  return created.body.id;
}

/** Waits for the proposal's open task of that kind to show in the reviewer's inbox. */
export async function openTask(system: System, proposalId: string, kind: string, as: 'park.expert' | 'jung.officer') {
  const inbox = await system.eventually(
    () => system.call('GET', '/api/tasks', { as }),
    (reply) => reply.status === 200 && reply.body.some((t: any) => t.proposalId === proposalId && t.kind === kind),
  );
  return inbox.body.find((t: any) => t.proposalId === proposalId && t.kind === kind) as { id: string; domain: string };
}

export async function statusOf(system: System, proposalId: string, as: DemoUserId = 'kim.manager'): Promise<string> {
  return (await system.call('GET', `/api/proposals/${proposalId}`, { as })).body.status;
}

export const reachStatus = (system: System, proposalId: string, status: string, as: DemoUserId = 'kim.manager') =>
  system.eventually(
    () => statusOf(system, proposalId, as),
    (s) => s === status,
  );

/**
 * A WELFARE proposal of kim.manager's written straight into the read model, in `status` (a low-risk draft's
 * fields and answers, with `fields` over them), for tests of the persistence and the activities. Its id.
 */
export async function insertProposal(db: DataSource, status: string, fields: Partial<ProposalEntity> = {}): Promise<string> {
  const id = randomUUID();
  const { answers, ...draft } = lowRiskDraft();
  await db.getRepository(ProposalEntity).insert({
    ...(draft as Partial<ProposalEntity>),
    answers,
    id,
    department: 'WELFARE',
    status,
    policyVersion: '2026.1',
    createdBy: 'kim.manager',
    ...fields,
  } as Partial<ProposalEntity>);
  return id;
}
