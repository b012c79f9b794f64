// A department's draft and the steps of the slice, as a user takes them over HTTP.
import type { System } from './system.js';

/** A low-impact, well-mitigated chatbot: tier I, one technical review and one officer's sign-off. */
export const lowRiskDraft = () => ({
  title: '복지 상담 안내 챗봇',
  summary: 'Answers citizens’ questions about welfare services and points them to the right office.',
  purpose: 'Shorter queues at district welfare offices.',
  systemType: 'in_house',
  automation: 'advisory',
  highImpactArea: null,
  personalData: false,
  affectsVulnerableGroups: false,
  answers: {
    profile_data_sources: 'Published service guides of the Welfare Policy Office',
    pi_people_affected: 'under_1k',
    fa_effect_on_entitlements: 'no',
    fa_bias_tested: 'yes',
    tr_explainability: 'fully',
    tr_ai_notice: 'yes',
    ac_reversibility: 'easily',
    ac_human_override: 'yes',
    sa_failure_harm: 'minor',
    sa_data_kinds: ['public'],
    sa_fallback: 'yes',
  },
});

export async function submittedProposal(system: System): Promise<string> {
  const created = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() });
  expect(created.status).toBe(201);
  const submitted = await system.call('POST', `/api/proposals/${created.body.id}/submit`, { as: 'kim.manager' });
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

export async function statusOf(system: System, proposalId: string): Promise<string> {
  return (await system.call('GET', `/api/proposals/${proposalId}`, { as: 'kim.manager' })).body.status;
}

export const reachStatus = (system: System, proposalId: string, status: string) =>
  system.eventually(
    () => statusOf(system, proposalId),
    (s) => s === status,
  );
