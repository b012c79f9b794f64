// What a proposal declares beside its answers, checked against its pinned policy wherever it is written or
// tried: create, PATCH, the preview, submit and revisions. A refusal names the field and changes nothing.
import { lowRiskDraft } from './support/proposals.js';
import { System } from './support/system.js';

let system: System;
beforeAll(async () => {
  system = await System.start();
});
afterAll(() => system.stop());

const asManager = (method: string, path: string, body?: unknown) => system.call(method, path, { as: 'kim.manager', body });
const problemsOf = (reply: { body: any }) =>
  ((reply.body.fields ?? []) as { field: string; code: string }[]).map((f) => `${f.field} ${f.code}`);
const stored = async (id: string) => (await system.db.query('SELECT * FROM proposals WHERE id = $1', [id])).rows[0];

/** A body whose answers say the system handles personal data of older people, decided fully automatically. */
const declaringBody = () => {
  const draft = lowRiskDraft();
  return {
    ...draft,
    personalData: true,
    affectsVulnerableGroups: true,
    automation: 'fully_automated',
    answers: {
      ...draft.answers,
      sa_data_kinds: ['personal'],
      fa_vulnerable_groups: ['elderly'],
      profile_automation: 'fully_automated',
    },
  };
};

it('creates a proposal whose flags agree with its answers, and refuses each one that contradicts them', async () => {
  expect((await asManager('POST', '/api/proposals', declaringBody())).status).toBe(201);
  const contradicting = { ...declaringBody(), personalData: false, affectsVulnerableGroups: false, automation: 'advisory' };
  const reply = await asManager('POST', '/api/proposals', contradicting);
  expect(reply.status).toBe(422);
  expect(problemsOf(reply)).toEqual([
    'personalData flag_required_by_answer',
    'affectsVulnerableGroups flag_required_by_answer',
    'automation automation_differs_from_answer',
  ]);
  const ko = await system.call('POST', '/api/proposals', {
    as: 'kim.manager',
    body: { ...declaringBody(), personalData: false },
    headers: { 'accept-language': 'ko' },
  });
  expect(ko.body.message).toBe('answers.sa_data_kinds 답변에 따르면 개인정보 처리 여부 항목은 "예"여야 합니다');
});

it('checks a PATCH on the draft as it would be, and leaves the draft as it was when it refuses', async () => {
  const id = (await asManager('POST', '/api/proposals', lowRiskDraft())).body.id;
  const before = await stored(id);
  // The flag alone, against the stored answers (no personal data): refused.
  const flagOnly = await asManager('PATCH', `/api/proposals/${id}`, { personalData: true });
  expect(problemsOf(flagOnly)).toEqual(['personalData flag_denied_by_answer']);
  // The answers alone, against the stored flag: refused too.
  const answersOnly = await asManager('PATCH', `/api/proposals/${id}`, {
    answers: { ...lowRiskDraft().answers, fa_vulnerable_groups: ['children'] },
  });
  expect(problemsOf(answersOnly)).toEqual(['affectsVulnerableGroups flag_required_by_answer']);
  const area = await asManager('PATCH', `/api/proposals/${id}`, { highImpactArea: 'Public_Service_Eligibility' });
  expect(problemsOf(area)).toEqual(['highImpactArea field_not_one_of']);
  expect(await stored(id)).toEqual(before);
  // Both at once agree: accepted.
  const both = await asManager('PATCH', `/api/proposals/${id}`, {
    affectsVulnerableGroups: true,
    answers: { ...lowRiskDraft().answers, fa_vulnerable_groups: ['children'] },
  });
  expect(both.status).toBe(200);
});

it('previews only what could be saved: an unknown area is a 400, a contradicting flag a 422', async () => {
  const id = (await asManager('POST', '/api/proposals', lowRiskDraft())).body.id;
  const path = `/api/proposals/${id}/assessment/preview`;
  expect(problemsOf(await asManager('POST', path, { highImpactArea: 'health care' }))).toEqual([
    'highImpactArea field_not_one_of',
  ]);
  expect(problemsOf(await asManager('POST', path, { personalData: true, affectsVulnerableGroups: true }))).toEqual([
    'personalData flag_denied_by_answer',
    'affectsVulnerableGroups flag_denied_by_answer',
  ]);
  const agreeing = await asManager('POST', path, {
    personalData: true,
    affectsVulnerableGroups: true,
    answers: { sa_data_kinds: ['personal'], fa_vulnerable_groups: ['low_income'] },
  });
  expect(agreeing.status).toBe(200);
  expect(agreeing.body.tier).toBeGreaterThanOrEqual(2);
});

it('asks for a contact for citizens at the submission of a tier III proposal, and starts nothing without one', async () => {
  const id = (await asManager('POST', '/api/proposals', { ...lowRiskDraft(), highImpactArea: 'health_care' })).body.id;
  const refused = await asManager('POST', `/api/proposals/${id}/submit`);
  expect(refused.status).toBe(422);
  expect(problemsOf(refused)).toEqual(['overseerContact contact_required_from_tier']);
  expect(await stored(id)).toMatchObject({ status: 'DRAFT', tier: null });
  expect((await asManager('PATCH', `/api/proposals/${id}`, { overseerContact: '보건정책과 AI 담당 02-2133-0000' })).status).toBe(
    200,
  );
  expect((await asManager('POST', `/api/proposals/${id}/submit`)).status).toBe(202);
});

describe('a revision', () => {
  async function inRevision(change: Record<string, unknown>): Promise<string> {
    const id = (await asManager('POST', '/api/proposals', { ...lowRiskDraft(), ...change })).body.id;
    await system.db.query(`UPDATE proposals SET status = 'REVISION_REQUESTED' WHERE id = $1`, [id]);
    return id;
  }

  it('whose answers contradict the stored flags is a 422 naming the flag', async () => {
    const id = await inRevision({});
    const reply = await asManager('POST', `/api/proposals/${id}/revisions`, {
      reply: 'We use resident registration numbers after all.',
      answers: { sa_data_kinds: ['unique_id'] },
    });
    expect(reply.status).toBe(422);
    expect(problemsOf(reply)).toEqual(['personalData flag_required_by_answer']);
  });

  it('of a tier III proposal without a contact is a 422 naming the contact', async () => {
    const id = await inRevision({ highImpactArea: 'health_care' });
    const reply = await asManager('POST', `/api/proposals/${id}/revisions`, { reply: 'Updated.' });
    expect(reply.status).toBe(422);
    expect(problemsOf(reply)).toEqual(['overseerContact contact_required_from_tier']);
    const audit = await system.db.query('SELECT count(*)::int AS n FROM audit_entries WHERE proposal_id = $1', [id]);
    expect(audit.rows[0].n).toBe(0);
  });
});

it("declares the current policy's areas and options in the served OpenAPI document, where the bodies take them", async () => {
  const { schemas } = (await system.call('GET', '/docs/openapi.json')).body.components;
  for (const name of ['CreateProposalDto', 'UpdateProposalDto', 'AssessmentPreviewDto']) {
    expect(schemas[name].properties.highImpactArea.enum).toEqual(expect.arrayContaining(['health_care', null]));
  }
  for (const name of ['CreateProposalDto', 'UpdateProposalDto', 'AssessmentPreviewDto', 'RevisionDto']) {
    const { answers } = schemas[name].properties;
    expect(answers.additionalProperties).toBe(false);
    expect(answers.properties.sa_data_kinds.items.enum).toContain('biometric');
    expect(answers.properties.profile_automation.enum).toEqual(['advisory', 'human_in_the_loop', 'fully_automated']);
    // a text answer with a NUL character is refused (HostileBodyPipe), and the document says so
    expect(answers.properties.fr_rights_affected).toMatchObject({ type: 'string', pattern: '^[^\\u0000]*$' });
  }
});

it("declares that a query string's free text takes no NUL character, as the API refuses it", async () => {
  const { paths } = (await system.call('GET', '/docs/openapi.json')).body;
  const q = paths['/api/admin/users'].get.parameters.find((p: { name: string }) => p.name === 'q');
  expect(q.schema).toMatchObject({ type: 'string', pattern: '^[^\\u0000]*$' });
});
