// The schema and the activities' writes, against the run's real PostgreSQL.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditEntry, HumanTask, Notification } from '#domain';
import {
  AuditEntryEntity,
  ConditionEntity,
  createDataSource,
  NotificationEntity,
  ProposalEntity,
  ProposalsRepository,
  RegisterEntryEntity,
  runMigrations,
  seedDemo,
  TaskEntity,
  UserEntity,
} from '#persistence';
import { findById, updateById } from '../libs/persistence/src/repositories/plain-sql.js';
import { TYPEORM_VERSION } from '../libs/persistence/src/typeorm-internals.js';
import { lifecycleActivities } from './support/activities.js';
import { insertProposal, lowRiskDraft } from './support/proposals.js';

const url = process.env.TEST_DATABASE_URL!;
let db: DataSource;
beforeAll(async () => {
  db = await createDataSource(url).initialize();
});
afterAll(() => db.destroy());

it('the migrations build exactly the schema the entities describe', async () => {
  expect(await runMigrations(url)).toEqual([]); // the stack ran them already; a second run has nothing to do
  const pending = await db.driver.createSchemaBuilder().log();
  expect(pending.upQueries.map((q) => q.query)).toEqual([]);
});

it('seeding twice leaves one of each demo user', async () => {
  await seedDemo(url);
  const users = await db.getRepository(UserEntity).find();
  expect(new Set(users.map((u) => u.id)).size).toBe(users.length);
  expect(users.map((u) => u.id)).toEqual(expect.arrayContaining(['kim.manager', 'park.expert', 'jung.officer', 'han.admin']));
});

describe('activities, retried as after a worker crash', () => {
  const activities = () => lifecycleActivities(db);
  let proposalId: string;
  beforeEach(async () => {
    proposalId = await insertProposal(db, 'SUBMITTED');
  });
  const entry = (action: string, extra: Partial<AuditEntry> = {}): AuditEntry => ({
    id: randomUUID(),
    proposalId,
    at: new Date().toISOString(),
    actor: 'system',
    action,
    ...extra,
  });
  const auditCount = () => db.getRepository(AuditEntryEntity).countBy({ proposalId });

  it('record a transition once', async () => {
    const transition = entry('screening_started', { fromStatus: 'SUBMITTED', toStatus: 'SCREENING' });
    await activities().recordTransition(transition);
    await activities().recordTransition(transition);
    expect(await auditCount()).toBe(1);
    expect((await db.getRepository(ProposalEntity).findOneByOrFail({ id: proposalId })).status).toBe('SCREENING');
  });

  it('open a round of tasks once, and record a decision once', async () => {
    const task: HumanTask = {
      id: randomUUID(),
      proposalId,
      kind: 'expert_review',
      domain: 'technical',
      round: 1,
      status: 'open',
      candidateGroup: 'experts:technical',
      assignee: null,
      dueAt: new Date().toISOString(),
      escalationLevel: 0,
    };
    const opened = entry('expert_review_opened');
    await activities().openTasks({ tasks: [task], entry: opened });
    await activities().openTasks({ tasks: [task], entry: opened });
    expect(await db.getRepository(TaskEntity).countBy({ proposalId })).toBe(1);

    const decided = {
      ...task,
      status: 'completed' as const,
      assignee: 'park.expert',
      decision: { decision: 'approve' as const, comment: 'ok', by: 'park.expert', at: new Date().toISOString() },
    };
    const decision = entry('expert_review_approve', { actor: 'park.expert' });
    await activities().recordTaskChange({ task: decided, entry: decision });
    await activities().recordTaskChange({ task: decided, entry: decision });
    expect(await auditCount()).toBe(2);
    expect(await db.getRepository(TaskEntity).findOneByOrFail({ id: task.id })).toMatchObject({
      status: 'completed',
      decision: 'approve',
      decidedBy: 'park.expert',
    });
  });

  it('score the stored assessment and return the tier path', async () => {
    const { assessment, plan } = await activities().screenProposal({ proposalId, policyVersion: '2026.1' });
    expect(plan).toMatchObject({ tier: 1, domains: ['technical'], signoff: { body: 'officer' } });
    const stored = await db.getRepository(ProposalEntity).findOneByOrFail({ id: proposalId });
    expect(stored.tier).toBe(assessment.tier);
    expect(stored.scores?.reasons).toEqual(assessment.scores.reasons);
  });

  it('apply a revision once: answers merged, changed fields replaced, the rest kept', async () => {
    const revision = {
      proposalId,
      answers: { fa_bias_tested: 'no' },
      changes: { title: '개정된 상담 챗봇' },
      entry: entry('revised', { actor: 'kim.manager' }),
    };
    await activities().applyRevision(revision);
    await activities().applyRevision({ ...revision, answers: { fa_bias_tested: 'yes' }, changes: { title: 'retried' } });
    expect(await auditCount()).toBe(1);
    const stored = await db.getRepository(ProposalEntity).findOneByOrFail({ id: proposalId });
    expect(stored).toMatchObject({ title: '개정된 상담 챗봇', purpose: lowRiskDraft().purpose });
    expect(stored.answers).toEqual({ ...lowRiskDraft().answers, fa_bias_tested: 'no' });
  });

  it('record conditions once per entry; a later entry updates their text and evidence', async () => {
    const conditions = [
      { id: `${proposalId}-c1`, text: 'Publish a monthly bias report.' },
      { id: `${proposalId}-c2`, text: 'Keep a human fallback.' },
    ];
    const signed = entry('conditions_recorded');
    await activities().recordConditions({ proposalId, conditions, entry: signed });
    await activities().recordConditions({ proposalId, conditions, entry: signed });
    const evidenced = entry('deployment_evidence');
    const withEvidence = [{ ...conditions[0], text: 'Publish a monthly bias report online.', evidence: 'https://example/1' }];
    await activities().recordConditions({ proposalId, conditions: withEvidence, entry: evidenced });
    await activities().recordConditions({ proposalId, conditions: withEvidence, entry: evidenced });

    expect(await auditCount()).toBe(2);
    const rows = await db.getRepository(ConditionEntity).find({ where: { proposalId }, order: { id: 'ASC' } });
    expect(rows.map(({ id, text, evidence }) => ({ id, text, evidence }))).toEqual([
      { id: conditions[0].id, text: 'Publish a monthly bias report online.', evidence: 'https://example/1' },
      { id: conditions[1].id, text: 'Keep a human fallback.', evidence: null },
    ]);
  });

  it('publish a register entry once per entry, from the proposal and its department', async () => {
    await activities().screenProposal({ proposalId, policyVersion: '2026.1' });
    const published = entry('register_published');
    const publish = {
      proposalId,
      status: 'in_use' as const,
      deployedVersion: '1.0.0',
      reviewSummary: 'not for tier I',
      entry: published,
    };
    await activities().publishRegisterEntry(publish);
    const first = await db.getRepository(RegisterEntryEntity).findOneByOrFail({ proposalId });
    await activities().publishRegisterEntry(publish);
    expect(await auditCount()).toBe(1);
    expect(await db.getRepository(RegisterEntryEntity).findOneByOrFail({ proposalId })).toEqual(first);
    expect(first).toMatchObject({
      name: lowRiskDraft().title,
      departmentCode: 'WELFARE',
      departmentName: '복지실 (Welfare Policy Office)',
      tier: 1,
      overseerContact: '복지실 (Welfare Policy Office) — 02-2133-7000',
      aiNotice: '이 서비스는 인공지능(AI)을 사용합니다. / This service uses AI.',
      riskSummary: expect.stringMatching(/^위험 등급 I \(낮음\) \/ Risk tier I \(low\); impact \d+ of \d+/),
      reviewSummary: null,
      status: 'in_use',
      deployedVersion: '1.0.0',
    });

    await activities().publishRegisterEntry({ ...publish, status: 'suspended', entry: entry('register_suspended') });
    const suspended = await db.getRepository(RegisterEntryEntity).findOneByOrFail({ proposalId });
    expect(suspended).toMatchObject({ status: 'suspended', publishedAt: first.publishedAt });
    expect(suspended.updatedAt.getTime()).toBeGreaterThan(first.updatedAt.getTime());
  });

  it("keep the department's wait with the transitions, each once: opened, escalated, ended; its notice queued with it", async () => {
    const waits = async () =>
      (
        await db.query(
          'SELECT id, kind, stage, escalation_level, ended_at FROM department_waits WHERE proposal_id = $1 ORDER BY since',
          [proposalId],
        )
      ).map((w: any) => ({ ...w, ended: w.ended_at !== null, ended_at: undefined }));
    const approved = entry('approved', { fromStatus: 'ETHICS_SIGNOFF', toStatus: 'APPROVED' });
    const notice: Notification = {
      id: randomUUID(),
      proposalId,
      kind: 'decision',
      recipients: ['managers:WELFARE'],
      subject: 'Approved',
      body: 'Your proposal was approved.',
    };
    await activities().recordTransition(approved, notice);
    await activities().recordTransition(approved, notice);
    expect(await waits()).toEqual([
      expect.objectContaining({ id: approved.id, kind: 'deployment', stage: 'APPROVED', escalation_level: 0, ended: false }),
    ]);
    expect(await db.getRepository(NotificationEntity).countBy({ proposalId })).toBe(1);

    const escalated = entry('department_escalated');
    await activities().recordTransition(escalated);
    await activities().recordTransition(escalated);
    expect(await waits()).toEqual([expect.objectContaining({ escalation_level: 1, ended: false })]);

    const deployed = entry('deployed', { fromStatus: 'APPROVED', toStatus: 'DEPLOYED' });
    await activities().recordTransition(deployed);
    await activities().recordTransition(deployed);
    expect(await waits()).toEqual([expect.objectContaining({ id: approved.id, escalation_level: 1, ended: true })]);
    expect((await db.getRepository(ProposalEntity).findOneByOrFail({ id: proposalId })).status).toBe('DEPLOYED');
    expect(await auditCount()).toBe(3);
  });

  it('typeorm is the version typeorm-internals.ts was written for', () => {
    const installed = JSON.parse(readFileSync(new URL('../node_modules/typeorm/package.json', import.meta.url), 'utf8'));
    expect(installed.version).toBe(TYPEORM_VERSION);
  });

  // Through typeorm-internals.ts: on the pool as prepared statements, in a transaction on its connection.
  it.each([
    ['on the pool', (work: (db: DataSource | EntityManager) => Promise<void>) => work(db)],
    ['in a transaction', (work: (db: DataSource | EntityManager) => Promise<void>) => db.transaction(work)],
  ])("plain SQL reads and updates rows as TypeORM's own finds and updates do, %s", async (_where, run) => {
    await activities().screenProposal({ proposalId, policyVersion: '2026.1' });
    await activities().recordTransition(entry('screened', { fromStatus: 'SUBMITTED', toStatus: 'EXPERT_REVIEW' }));
    const task: HumanTask = {
      ...{ id: randomUUID(), proposalId, kind: 'expert_review', domain: 'technical', round: 1, status: 'open' },
      ...{ candidateGroup: 'experts:technical', assignee: null, dueAt: new Date().toISOString(), escalationLevel: 0 },
    };
    await activities().openTasks({ tasks: [task], entry: entry('expert_review_opened') });
    await activities().recordConditions({
      proposalId,
      conditions: [{ id: `${proposalId}-c1`, text: '매월 편향 보고서를 공개한다.', evidence: 'https://example/1' }],
      entry: entry('conditions_recorded'),
    });

    const decidedAt = new Date('2026-12-01T09:30:00.000Z');
    const longAgo = new Date('2026-01-01T00:00:00.000Z');
    await db.query('UPDATE tasks SET updated_at = $2 WHERE id = $1', [task.id, longAgo]);
    const proposal = await db.getRepository(ProposalEntity).findOneByOrFail({ id: proposalId });
    const audit = await db.getRepository(AuditEntryEntity).find({ where: { proposalId }, order: { seq: 'ASC' } });
    const tasks = await db.getRepository(TaskEntity).find({ where: { proposalId }, order: { createdAt: 'ASC' } });
    await run(async (on) => {
      expect(await findById(on, ProposalEntity, proposalId)).toEqual(proposal);
      expect(await findById(on, ProposalEntity, randomUUID())).toBeNull();
      expect(await findById(on, UserEntity, 'kim.manager')).toEqual(
        await db.getRepository(UserEntity).findOneBy({ id: 'kim.manager' }),
      );

      const everything = { everything: true, departments: [], reviewGroups: [], reviewer: null, reviewExcept: [] };
      const record = await new ProposalsRepository(on).record(proposalId, everything);
      expect(record).toEqual({
        proposal,
        tasks,
        timeline: audit.filter((e) => e.toStatus).map((e) => ({ at: e.at, status: e.toStatus })),
        conditions: await db.getRepository(ConditionEntity).find({ where: { proposalId } }),
      });
      expect(record?.timeline).toEqual([{ at: expect.any(Date), status: 'EXPERT_REVIEW' }]);

      await updateById(on, TaskEntity, task.id, { comment: 'Reviewed in full.' });
      await updateById(on, TaskEntity, task.id, { status: 'completed', decidedBy: 'park.expert', decidedAt, comment: undefined });
    });
    const updated = await db.getRepository(TaskEntity).findOneByOrFail({ id: task.id });
    expect(updated).toEqual({
      ...tasks[0],
      status: 'completed',
      decidedBy: 'park.expert',
      decidedAt,
      comment: 'Reviewed in full.', // undefined leaves it, as TypeORM's update() does
      updatedAt: updated.updatedAt,
    });
    expect(updated.updatedAt.getTime()).toBeGreaterThan(longAgo.getTime());
  });

  it("queue a note's notification once, however often the write is retried", async () => {
    const notification: Notification = {
      id: randomUUID(),
      proposalId,
      kind: 'reminder',
      recipients: ['experts:technical', 'park.expert'],
      subject: 'Review due soon',
      body: 'The technical review is due in five days.',
    };
    const reminder = entry('task_reminder');
    await activities().recordTransition(reminder, notification);
    await activities().recordTransition(reminder, { ...notification, subject: 'retried' });
    const rows = await db.getRepository(NotificationEntity).findBy({ proposalId });
    expect(rows).toEqual([
      expect.objectContaining({
        id: notification.id,
        taskId: null,
        kind: 'reminder',
        recipients: ['experts:technical', 'park.expert'],
        subject: 'Review due soon',
        sentAt: null,
      }),
    ]);
  });
});
