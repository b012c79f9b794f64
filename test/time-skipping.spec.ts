// The time-skipping test server, found like the dev server (TEMPORAL_TEST_SERVER_PATH, PATH, .tools/, the
// SDK's download), with the project's search attributes registered: months pass in a moment.
import { randomUUID } from 'node:crypto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { activityFunctions } from '../activities/index.js';
import { resolveBinary, TEMPORAL_TEST_SERVER } from '../libs/dev-stack/src/index.js';
import { completeTaskUpdate, LIFECYCLE_WORKFLOW, type LifecycleState, stateQuery } from '../libs/domain/src/index.js';
import { ensureSearchAttributes } from '../libs/temporal/src/index.js';
import { FakeActivities } from './support/fake-activities.js';

let env: TestWorkflowEnvironment;
beforeAll(async () => {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const path = resolveBinary(TEMPORAL_TEST_SERVER);
  env = await TestWorkflowEnvironment.createTimeSkipping(path ? { server: { executable: { type: 'existing-path', path } } } : {});
  await ensureSearchAttributes(env.connection, 'default');
  await ensureSearchAttributes(env.connection, 'default'); // twice: still fine
});
afterAll(() => env?.teardown());

it('runs the lifecycle while months pass, its review task untouched and waiting', async () => {
  const activities = new FakeActivities({ tier: 1, domains: ['technical'] });
  const taskQueue = `ts-${randomUUID()}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: { codePath: 'dist/workflow-bundle.js' },
    activities: activityFunctions(activities),
  });
  await worker.runUntil(async () => {
    const handle = await env.client.workflow.start(LIFECYCLE_WORKFLOW, {
      taskQueue,
      workflowId: `proposal-${randomUUID()}`,
      args: [{ proposalId: randomUUID(), department: 'WELFARE', policyVersion: '2026.1', submittedBy: 'kim.manager' }],
    });
    while (activities.openTasksOf('expert_review').length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const before = await env.currentTimeMs();
    await env.sleep('90 days');
    expect((await env.currentTimeMs()) - before).toBeGreaterThanOrEqual(90 * 24 * 3600 * 1000);
    const state: LifecycleState = await handle.query(stateQuery);
    expect(state).toMatchObject({ status: 'EXPERT_REVIEW', tier: 1 });
    const [review] = activities.openTasksOf('expert_review');
    await handle.executeUpdate(completeTaskUpdate, {
      args: [
        {
          taskId: review.id,
          actor: { id: 'park.expert', name: 'x', roles: ['foundation_expert'], department: 'SAIF', domains: ['technical'] },
          decision: 'reject',
          comment: 'late, but decided',
        },
      ],
    });
    expect(((await handle.result()) as LifecycleState).status).toBe('REJECTED');
  });
});
