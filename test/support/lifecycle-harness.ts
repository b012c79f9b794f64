// Drives the lifecycle workflow on the time-skipping test server with an in-process worker and in-memory
// activities: what a reviewer, an officer and a department would do, and what they would see.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { activityFunctions } from '../../activities/index.js';
import {
  type Actor,
  completeTaskUpdate,
  type HumanTask,
  LIFECYCLE_WORKFLOW,
  type LifecycleState,
  stateQuery,
} from '../../libs/domain/src/index.js';
import { FakeActivities, type FakePlan } from './fake-activities.js';

export const expert: Actor = {
  id: 'park.expert',
  name: '박서연',
  roles: ['foundation_expert'],
  department: 'SAIF',
  domains: ['technical', 'ethics_social', 'privacy_legal', 'accessibility', 'external'],
};
export const ownDepartmentExpert: Actor = { ...expert, id: 'choi.expert', department: 'WELFARE' };
export const officers: Actor[] = ['jung', 'yoon', 'kang'].map((name) => ({
  id: `${name}.officer`,
  name,
  roles: ['ethics_officer'],
  department: 'ETHICS',
  domains: [],
}));
export const manager: Actor = {
  id: 'kim.manager',
  name: '김민지',
  roles: ['department_manager'],
  department: 'WELFARE',
  domains: [],
};
export const otherManager: Actor = { ...manager, id: 'lee.manager', department: 'TRANSPORT' };
export const admin: Actor = { id: 'han.admin', name: '한지훈', roles: ['admin'], department: 'DIGITAL', domains: [] };

export const HISTORIES = 'test/histories';

export class Run {
  constructor(
    readonly env: TestWorkflowEnvironment,
    readonly handle: WorkflowHandle,
    readonly activities: FakeActivities,
  ) {}

  state(): Promise<LifecycleState> {
    return this.handle.query(stateQuery);
  }

  /** Waits (in real time, a little) until the workflow has opened `count` tasks of that kind. */
  async open(kind: HumanTask['kind'], count = 1): Promise<HumanTask[]> {
    const deadline = Date.now() + 10_000;
    while (this.activities.openTasksOf(kind).length < count) {
      if (Date.now() > deadline)
        throw new Error(`no ${count} open ${kind} task(s); stages: ${this.activities.stages().join(' → ')}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.activities.openTasksOf(kind);
  }

  decide(task: HumanTask, actor: Actor, decision: string, comment = `${decision}: reasons`, conditions?: string[]) {
    return this.handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: task.id, actor, decision, comment, conditions }] });
  }

  /** Every open task of the kind decided the same way, by the expert (or one officer per seat). */
  async decideAll(kind: HumanTask['kind'], decision: string, count = 1): Promise<void> {
    const tasks = await this.open(kind, count);
    for (const [i, task] of tasks.entries()) await this.decide(task, kind === 'ethics_signoff' ? officers[i] : expert, decision);
  }

  /** Writes the run's history as a fixture for the replay test (RECORD_HISTORIES=1). */
  async record(name: string): Promise<void> {
    if (!process.env.RECORD_HISTORIES) return;
    writeFileSync(`${HISTORIES}/${name}.json`, historyToJSON(await this.handle.fetchHistory()));
  }
}

export async function withLifecycle<T>(env: TestWorkflowEnvironment, plans: FakePlan[], run: (r: Run) => Promise<T>): Promise<T> {
  const activities = new FakeActivities(plans);
  const taskQueue = `wf-${randomUUID()}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: { codePath: 'dist/workflow-bundle.js' },
    activities: activityFunctions(activities),
  });
  return worker.runUntil(async () => {
    const handle = await env.client.workflow.start(LIFECYCLE_WORKFLOW, {
      taskQueue,
      workflowId: `proposal-${randomUUID()}`,
      args: [{ proposalId: randomUUID(), department: 'WELFARE', policyVersion: '2026.1', submittedBy: manager.id }],
    });
    try {
      return await run(new Run(env, handle, activities));
    } finally {
      // A workflow left waiting would hold the shared test server's clock: time skips only when no
      // workflow task is outstanding, and nobody polls this task queue once the worker stops.
      await handle.terminate('the test is over').catch(() => undefined);
    }
  });
}
