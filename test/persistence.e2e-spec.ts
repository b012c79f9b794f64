// The schema and the activities' writes, against the run's real PostgreSQL.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { LifecycleActivitiesService } from '../activities/index.js';
import type { AuditEntry, HumanTask } from '../libs/domain/src/index.js';
import {
  AuditEntryEntity,
  createDataSource,
  ProposalEntity,
  runMigrations,
  seedDemo,
  TaskEntity,
  UserEntity,
} from '../libs/persistence/src/index.js';
import { lowRiskDraft } from './support/proposals.js';

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
  const activities = () => new LifecycleActivitiesService(db);
  let proposalId: string;
  beforeEach(async () => {
    proposalId = randomUUID();
    const { answers, ...fields } = lowRiskDraft();
    await db.getRepository(ProposalEntity).insert({
      ...(fields as Partial<ProposalEntity>),
      answers,
      id: proposalId,
      department: 'WELFARE',
      status: 'SUBMITTED',
      policyVersion: '2026.1',
      createdBy: 'kim.manager',
    });
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
});
