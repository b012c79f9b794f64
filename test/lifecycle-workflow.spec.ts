// The lifecycle workflow with an in-process worker running the built workflow bundle, on the run's Temporal
// dev server. Also replays recorded histories, so a change that breaks determinism fails here.
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { type Actor, completeTaskUpdate, LIFECYCLE_WORKFLOW, type LifecycleState, stateQuery } from '../libs/domain/src/index.js';
import { activityFunctions } from '../activities/index.js';
import { resolveBinary, TEMPORAL_CLI } from '../libs/dev-stack/src/index.js';
import { FakeActivities } from './support/fake-activities.js';

const workflowBundle = { codePath: 'dist/workflow-bundle.js' };
const HISTORIES = 'test/histories';
/** Prefix of the fixtures RECORD_HISTORIES writes: raise it when a workflow change needs new ones. */
const RECORDING = 'v2';

const expert: Actor = {
  id: 'park.expert',
  name: '박서연',
  roles: ['foundation_expert'],
  department: 'SAIF',
  domains: ['technical', 'ethics_social'],
};
const ownDepartmentExpert: Actor = { ...expert, id: 'choi.expert', department: 'WELFARE' };
const officer: Actor = { id: 'jung.officer', name: '정다은', roles: ['ethics_officer'], department: 'ETHICS', domains: [] };

let env: TestWorkflowEnvironment;
beforeAll(async () => {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  env = await TestWorkflowEnvironment.createFromExistingServer({ address: process.env.TEST_TEMPORAL_ADDRESS });
});
afterAll(() => env?.teardown());

async function withWorker<T>(activities: FakeActivities, run: (taskQueue: string) => Promise<T>): Promise<T> {
  const taskQueue = `wf-${randomUUID()}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle,
    activities: activityFunctions(activities),
  });
  return worker.runUntil(run(taskQueue));
}

const start = (taskQueue: string) =>
  env.client.workflow.start(LIFECYCLE_WORKFLOW, {
    taskQueue,
    workflowId: `proposal-${randomUUID()}`,
    args: [{ proposalId: randomUUID(), department: 'WELFARE', policyVersion: '2026.1', submittedBy: 'kim.manager' }],
  });

/** RECORD_HISTORIES=1 writes a history fixture, in the CLI's JSON, for later versions to replay. */
function recordHistory(workflowId: string, name: string): void {
  const cli = resolveBinary(TEMPORAL_CLI)!;
  const json = execFileSync(cli, [
    'workflow',
    'show',
    '--workflow-id',
    workflowId,
    '--address',
    process.env.TEST_TEMPORAL_ADDRESS!,
    '--output',
    'json',
  ]);
  writeFileSync(`${HISTORIES}/${RECORDING}-${name}.json`, json);
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20));
};

it('opens every review of the tier at once; one rejection rejects and cancels the others', async () => {
  const activities = new FakeActivities({ tier: 2, domains: ['technical', 'ethics_social'] });
  const state = await withWorker(activities, async (taskQueue) => {
    const handle = await start(taskQueue);
    await until(() => activities.openTasksOf('expert_review').length === 2);
    const [first] = activities.openTasksOf('expert_review');
    await handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: first.id, actor: expert, decision: 'reject', comment: 'No bias testing.' }],
    });
    const result = (await handle.result()) as LifecycleState;
    if (process.env.RECORD_HISTORIES) recordHistory(handle.workflowId, 'rejected-in-review-tier-2');
    return result;
  });
  expect(state.status).toBe('REJECTED');
  expect(state.tasks.map((t) => t.status).sort()).toEqual(['cancelled', 'completed']);
  const rejection = activities.audit.find((e) => e.toStatus === 'REJECTED');
  expect(rejection).toMatchObject({ actor: 'park.expert', rationale: 'No bias testing.' });
  expect(activities.audit.filter((e) => e.action === 'task_cancelled')).toHaveLength(1);
});

it('a refused decision is an error to the caller and leaves no trace in the history', async () => {
  const activities = new FakeActivities({ tier: 1, domains: ['technical'] });
  await withWorker(activities, async (taskQueue) => {
    const handle = await start(taskQueue);
    await until(() => activities.openTasksOf('expert_review').length === 1);
    const [review] = activities.openTasksOf('expert_review');
    const eventsBefore = (await handle.fetchHistory()).events!.length;

    const refused = handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: review.id, actor: ownDepartmentExpert, decision: 'approve', comment: '' }],
    });
    await expect(refused).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(refused).rejects.toMatchObject({ cause: { type: 'BareunForbidden' } });
    const unknownDecision = handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: review.id, actor: expert, decision: 'maybe', comment: '' }],
    });
    await expect(unknownDecision).rejects.toMatchObject({ cause: { type: 'BareunInvalid' } });

    const history = await handle.fetchHistory();
    const updateEvents = history.events!.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes);
    expect(updateEvents).toHaveLength(0);
    expect((await handle.query(stateQuery)).tasks[0].status).toBe('open');
    expect(history.events!.length).toBeGreaterThanOrEqual(eventsBefore);
    await handle.terminate('test done');
  });
});

it('runs the slice to APPROVED, and its history replays on the current code', async () => {
  const activities = new FakeActivities({ tier: 1, domains: ['technical'] });
  const history = await withWorker(activities, async (taskQueue) => {
    const handle = await start(taskQueue);
    await until(() => activities.openTasksOf('expert_review').length === 1);
    const [review] = activities.openTasksOf('expert_review');
    await handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: review.id, actor: expert, decision: 'approve', comment: 'ok' }],
    });
    await until(() => activities.openTasksOf('ethics_signoff').length === 1);
    const [signoff] = activities.openTasksOf('ethics_signoff');
    await handle.executeUpdate(completeTaskUpdate, {
      args: [{ taskId: signoff.id, actor: officer, decision: 'approve', comment: 'ok' }],
    });
    expect(((await handle.result()) as LifecycleState).status).toBe('APPROVED');
    if (process.env.RECORD_HISTORIES) recordHistory(handle.workflowId, 'approved-tier-1');
    return handle.fetchHistory();
  });
  await Worker.runReplayHistory({ workflowBundle }, history);
});

it('replays every recorded history of earlier versions without a determinism error', () => {
  const files = readdirSync(HISTORIES).filter((f) => f.endsWith('.json'));
  expect(files.length).toBeGreaterThan(0);
  const output = execFileSync(process.execPath, ['dist/scripts/replay-histories.js'], { encoding: 'utf8' });
  for (const file of files) expect(output).toContain(`replayed ${HISTORIES}/${file}`);
});
