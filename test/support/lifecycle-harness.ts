// Drives the lifecycle workflow on the time-skipping test server with an in-process worker and in-memory
// activities: what a reviewer, an officer and a department would do, and what they would see.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  type Actor,
  CODE_VERSION,
  completeTaskUpdate,
  type HumanTask,
  LIFECYCLE_WORKFLOW,
  type LifecycleActivities,
  type LifecycleState,
  stateQuery,
} from '#domain';
import { FakeActivities, type FakePlan } from './fake-activities.js';

export const expert: Actor = {
  id: 'park.expert',
  name: '박서연',
  roles: ['foundation_expert'],
  department: 'SAIF',
  domains: ['technical', 'ethics_social', 'privacy_legal', 'accessibility', 'external'],
  conflicts: [],
};
/** The same expert, having declared a conflict with the WELFARE department the harness's proposals are of. */
export const conflictedExpert: Actor = { ...expert, conflicts: ['WELFARE'] };
export const ownDepartmentExpert: Actor = { ...expert, id: 'choi.expert', department: 'WELFARE' };
export const officers: Actor[] = ['jung', 'yoon', 'kang'].map((name) => ({
  id: `${name}.officer`,
  name,
  roles: ['ethics_officer'],
  department: 'ETHICS',
  domains: [],
  conflicts: [],
}));
export const manager: Actor = {
  id: 'kim.manager',
  name: '김민지',
  roles: ['department_manager'],
  department: 'WELFARE',
  domains: [],
  conflicts: [],
};
export const otherManager: Actor = { ...manager, id: 'lee.manager', department: 'TRANSPORT' };
export const admin: Actor = {
  id: 'han.admin',
  name: '한지훈',
  roles: ['admin'],
  department: 'DIGITAL',
  domains: [],
  conflicts: [],
};

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

/**
 * One worker for the whole test file, on one task queue, routing each activity to the in-memory activities
 * of its proposal. A workflow that a test leaves behind goes on being served: on the time-skipping server a
 * workflow task nobody polls would hold the shared clock, and every later sleep with it.
 */
export class LifecycleHarness {
  private readonly byProposal = new Map<string, FakeActivities>();
  private readonly taskQueue = `wf-${randomUUID()}`;
  private worker?: Worker;
  private running?: Promise<void>;

  constructor(readonly env: TestWorkflowEnvironment) {}

  async start(): Promise<void> {
    const of = (proposalId: string) => this.byProposal.get(proposalId)!;
    const routed: LifecycleActivities = {
      screenProposal: (input) => of(input.proposalId).screenProposal(),
      recordTransition: (entry, notification) => of(entry.proposalId).recordTransition(entry, notification),
      openTasks: (input) => of(input.entry.proposalId).openTasks(input),
      recordTaskChange: (input) => of(input.entry.proposalId).recordTaskChange(input),
      applyRevision: (input) => of(input.proposalId).applyRevision(input),
      recordConditions: (input) => of(input.proposalId).recordConditions(input),
      publishRegisterEntry: (input) => of(input.proposalId).publishRegisterEntry(input),
      notify: (notification) => of(notification.proposalId).notify(notification),
      deliverNotification: async (input) => {
        for (const fake of this.byProposal.values()) {
          if (fake.notifications.some((n) => n.id === input.notificationId)) await fake.deliverNotification(input);
        }
      },
    };
    this.worker = await Worker.create({
      connection: this.env.nativeConnection,
      taskQueue: this.taskQueue,
      workflowBundle: { codePath: 'dist/workflow-bundle.js' },
      activities: routed,
    });
    this.running = this.worker.run();
  }

  async stop(): Promise<void> {
    this.worker?.shutdown();
    await this.running;
  }

  async run<T>(plans: FakePlan[], test: (r: Run) => Promise<T>): Promise<T> {
    const activities = new FakeActivities(plans);
    const proposalId = randomUUID();
    this.byProposal.set(proposalId, activities);
    const handle = await this.env.client.workflow.start(LIFECYCLE_WORKFLOW, {
      taskQueue: this.taskQueue,
      workflowId: `proposal-${proposalId}`,
      args: [{ proposalId, department: 'WELFARE', policyVersion: '2026.1', submittedBy: manager.id, codeVersion: CODE_VERSION }],
    });
    try {
      return await test(new Run(this.env, handle, activities));
    } finally {
      // Quiet first: the time-skipping server keeps its clock locked for a workflow task that was under
      // way when its workflow was terminated (a delivery's result, say), and every later sleep would wait.
      // The deliveries done, a query is answered only once the workflow task after them is through.
      await until(async () => activities.deliveries.length >= activities.notifications.length);
      await handle.query(stateQuery).catch(() => undefined);
      await handle.terminate('the test is over').catch(() => undefined); // finished already, mostly
    }
  }
}

async function until(done: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await done()) && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
