// The public AI register: entries published by the real activity, read over HTTP by anyone, signed in or not.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { type AuditEntry, message, type RegisterStatus, render, type Tier } from '#domain';
import { createDataSource, ProposalEntity, TaskEntity } from '#persistence';
import { lifecycleActivities } from './support/activities.js';
import { insertProposal, lowRiskDraft } from './support/proposals.js';
import { System } from './support/system.js';

const INTERNAL = 'INTERNAL-REVIEW-NOTE: the vendor contract is under dispute';

let system: System;
let db: DataSource;
beforeAll(async () => {
  [system, db] = await Promise.all([System.start(), createDataSource(process.env.TEST_DATABASE_URL!).initialize()]);
});
afterAll(() => Promise.all([system.stop(), db.destroy()]));

const activities = () => lifecycleActivities(db);
const entry = (proposalId: string, action: string): AuditEntry => ({
  id: randomUUID(),
  proposalId,
  at: new Date().toISOString(),
  actor: 'system',
  action,
  rationale: INTERNAL, // the audit log is internal: its rationale never reaches the register
});

/** A deployed proposal as screening left it, with a reviewer's internal comment on its task. */
async function deployedProposal(tier: Tier, fields: Partial<ProposalEntity> = {}): Promise<string> {
  const id = await insertProposal(db, 'MONITORING', {
    answers: { ...lowRiskDraft().answers, profile_data_sources: INTERNAL },
    tier,
    scores: {
      impact: 30,
      impactMax: 40,
      mitigation: 0,
      mitigationMax: 10,
      final: 0.75,
      byPrinciple: {},
      reasons: ['impact 30 of 40 (75%) gives tier III'],
    },
    ...fields,
  });
  await db.getRepository(TaskEntity).insert({
    id: randomUUID(),
    proposalId: id,
    kind: 'expert_review',
    domain: 'technical',
    round: 1,
    status: 'completed',
    candidateGroup: 'experts:technical',
    assignee: 'park.expert',
    dueAt: new Date(),
    stallsAt: new Date(),
    decision: 'approve',
    comment: INTERNAL,
    decidedBy: 'park.expert',
    decidedAt: new Date(),
  });
  return id;
}

const publish = (proposalId: string, status: RegisterStatus, reviewSummary?: string) =>
  activities().publishRegisterEntry({
    proposalId,
    status,
    deployedVersion: '2.1.0',
    reviewSummary,
    entry: entry(proposalId, 'published'),
  });

async function registerEntry(proposalId: string) {
  const reply = await system.call('GET', '/api/register?limit=200');
  expect(reply.status).toBe(200);
  expect(JSON.stringify(reply.body)).not.toContain('INTERNAL-REVIEW-NOTE');
  return reply.body.items.find((item: any) => item.proposalId === proposalId);
}

it('shows a deployed generative system to an anonymous reader, with its notice and nothing internal', async () => {
  const id = await deployedProposal(2, { systemType: 'generative', automation: 'human_in_the_loop' });
  await publish(id, 'in_use', 'not published below tier IV');

  const item = await registerEntry(id);
  expect(Object.keys(item).sort()).toEqual(
    [
      'proposalId',
      'name',
      'department',
      'purpose',
      'tier',
      'humanOversight',
      'overseerContact',
      'aiNotice',
      'riskSummary',
      'texts',
      'status',
      'deployedVersion',
      'publishedAt',
      'updatedAt',
    ].sort(),
  );
  expect(item).toMatchObject({
    name: lowRiskDraft().title,
    department: '복지실 (Welfare Policy Office)',
    purpose: lowRiskDraft().purpose,
    tier: 2,
    humanOversight: expect.stringContaining('A city official reviews and confirms'),
    overseerContact: '복지실 (Welfare Policy Office) — 02-2133-7000',
    aiNotice: '이 서비스는 생성형 AI를 사용합니다. / This service uses generative AI.',
    riskSummary: '위험 등급 II (보통) / Risk tier II (moderate); impact 30 of 40 (75%) gives tier III',
    status: 'in_use',
    deployedVersion: '2.1.0',
  });
  // The same texts as codes, for a reader in one language; a reason scored before reasons were coded kept as it was.
  const department = { ko: '복지실', en: 'Welfare Policy Office' };
  expect(item.texts).toEqual({
    department,
    overseerContact: { code: 'register_contact_department', params: { department, contact: '02-2133-7000' } },
    humanOversight: { code: 'register_oversight_human_in_the_loop', params: {} },
    aiNotice: { code: 'register_notice_generative', params: {} },
    riskSummary: [
      { code: 'register_risk_tier', params: { tier: 2 } },
      { code: 'reason_as_recorded', params: { text: 'impact 30 of 40 (75%) gives tier III' } },
    ],
  });
  // A Korean reader sees the department and the contact in Korean alone.
  expect(render('ko', item.texts.overseerContact)).toBe('복지실 — 02-2133-7000');
  expect(render('en', item.texts.overseerContact)).toBe('Welfare Policy Office — 02-2133-7000');
  // The author's id is internal: the register never shows it.
  expect(JSON.stringify(item)).not.toContain('kim.manager');
});

it('names the department alone where neither the proposal nor the department gives a contact', async () => {
  await db.query(`INSERT INTO departments (code, name_ko, name_en) VALUES ('NO_CONTACT', '시험과', 'Test Division')
    ON CONFLICT (code) DO NOTHING`);
  const id = await deployedProposal(1, { department: 'NO_CONTACT' });
  await publish(id, 'in_use');
  const item = await registerEntry(id);
  expect(item.overseerContact).toBe('시험과 (Test Division)');
  expect(render('en', item.texts.overseerContact)).toBe('Test Division');
  expect(JSON.stringify(item)).not.toContain('kim.manager');
});

it('keeps coded reasons as codes: the reader sees them in Korean or English, the field in both', async () => {
  const reason = message('tier_floor_vulnerable_personal_data', { tier: 2 });
  const id = await deployedProposal(2);
  await db.query(`UPDATE proposals SET scores = jsonb_set(scores, '{reasons}', $2) WHERE id = $1`, [
    id,
    JSON.stringify([reason]),
  ]);
  await publish(id, 'in_use');
  const item = await registerEntry(id);
  expect(item.texts.riskSummary.slice(1)).toEqual([reason]);
  expect(render('ko', item.texts.humanOversight)).toBe('AI는 참고 정보만 제공하며, 결정은 담당 공무원이 내립니다.');
  expect(render('ko', item.texts.riskSummary[1])).toBe('취약계층에 영향을 주는 개인정보 처리이므로 최저 등급 II (보통)');
  expect(item.riskSummary).toBe(
    '위험 등급 II (보통) / Risk tier II (moderate); tier II (moderate): personal data with vulnerable groups affected sets the floor',
  );
});

it('publishes the review summary of a tier IV system, and the overseer the department named', async () => {
  const id = await deployedProposal(4, { overseerContact: '복지정책과 AI 담당 02-2133-0000' });
  await publish(id, 'in_use', 'Four experts and the committee reviewed it unanimously.');
  const entry = await registerEntry(id);
  expect(entry.texts.overseerContact).toBeUndefined(); // the department's own words, as they are
  expect(entry).toMatchObject({
    tier: 4,
    reviewSummary: 'Four experts and the committee reviewed it unanimously.',
    overseerContact: '복지정책과 AI 담당 02-2133-0000',
    aiNotice: '이 서비스는 인공지능(AI)을 사용합니다. / This service uses AI.',
  });
});

it('shows a suspension, keeping the first publication time', async () => {
  const id = await deployedProposal(3);
  await publish(id, 'in_use');
  const first = await registerEntry(id);
  await publish(id, 'suspended');
  const suspended = await registerEntry(id);
  expect(suspended).toMatchObject({ status: 'suspended', publishedAt: first.publishedAt });
  expect(Date.parse(suspended.updatedAt)).toBeGreaterThan(Date.parse(first.updatedAt));
});

it('lists newest first, a page at a time, and refuses a page out of range', async () => {
  const older = await deployedProposal(1);
  await publish(older, 'in_use');
  const newer = await deployedProposal(1);
  await publish(newer, 'in_use');

  const all = await system.call('GET', '/api/register?limit=200');
  const ids = all.body.items.map((item: any) => item.proposalId);
  expect(ids.indexOf(newer)).toBeLessThan(ids.indexOf(older));
  const page = await system.call('GET', '/api/register?limit=1&offset=1');
  expect(page.body).toMatchObject({ limit: 1, offset: 1, total: all.body.total });
  expect(page.body.items).toEqual([all.body.items[1]]);

  const refused = await system.call('GET', '/api/register?limit=0');
  expect(refused.status).toBe(400);
  expect(refused.body).toMatchObject({ code: 'field_too_small', fields: [{ field: 'limit', params: { min: 1 } }] });
});
