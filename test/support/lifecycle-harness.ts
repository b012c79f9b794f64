// Drives the lifecycle workflow on the time-skipping test server with an in-process worker and in-memory
// activities: what a reviewer, an officer and a department would do, and what they would see.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { WorkflowHandle, WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { freshCodecKeys, resolveBinary, TEMPORAL_TEST_SERVER } from '#dev-stack';
import { dataConverterOf, ensureSearchAttributes, SealingCodec } from '#temporal';
import {
  type Actor,
  type AttentionActivities,
  completeTaskUpdate,
  type HumanTask,
  LIFECYCLE_WORKFLOW,
  type LifecycleActivities,
  type LifecycleInput,
  type LifecycleState,
  mailTaskQueue,
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
/** Experts of every domain, each another person: one person decides at most one review of a proposal per round. */
const experts: Actor[] = [expert, ...['kang', 'seo', 'lim', 'oh'].map((name) => ({ ...expert, id: `${name}.expert`, name }))];
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
/** The harness's client and workers seal their payloads as the deployment does: the workflows refuse unsealed Updates. */
const HARNESS_CODEC_KEYS = { TEMPORAL_CODEC_KEYS: freshCodecKeys('harness') };
const HARNESS_CODEC = dataConverterOf(HARNESS_CODEC_KEYS).payloadCodecs[0];

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

  /** Every open task of the kind decided the same way, each by another expert (or one officer per seat). */
  async decideAll(kind: HumanTask['kind'], decision: string, count = 1): Promise<void> {
    const tasks = await this.open(kind, count);
    for (const [i, task] of tasks.entries())
      await this.decide(task, kind === 'ethics_signoff' ? officers[i] : experts[i], decision);
  }

  /**
   * Writes the histories of the whole continue-as-new chain as fixtures for the replay test (RECORD_HISTORIES=1):
   * `<name>.json` for a single run, `<name>.run-<n>.json` for each run of a longer chain. Their payloads are
   * written opened: the harness's codec key lives only as long as the test run.
   */
  async record(name: string): Promise<void> {
    if (!process.env.RECORD_HISTORIES) return;
    const histories = (await this.histories()).map((history) => openedPayloads(history, HARNESS_CODEC));
    histories.forEach((history, i) => {
      const file = histories.length === 1 ? name : `${name}.run-${i + 1}`;
      writeFileSync(`${HISTORIES}/${file}.json`, historyToJSON(history));
    });
  }

  /** The history of each run of the proposal's workflow, first to last, following its continue-as-new chain. */
  async histories() {
    const histories = [];
    const { workflowId, firstExecutionRunId } = this.handle as WorkflowHandleWithFirstExecutionRunId;
    for (let runId: string | undefined = firstExecutionRunId; runId;) {
      const history = await this.env.client.workflow.getHandle(workflowId, runId).fetchHistory();
      histories.push(history);
      runId = history.events?.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
    }
    return histories;
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
  private workers: Worker[] = [];
  private running?: Promise<unknown>;

  constructor(readonly env: TestWorkflowEnvironment) {}

  async start(): Promise<void> {
    const of = (proposalId: string) => this.byProposal.get(proposalId)!;
    const routed: LifecycleActivities & AttentionActivities = {
      screenProposal: (input) => of(input.proposalId).screenProposal(),
      recordTransition: (entry, notification) => of(entry.proposalId).recordTransition(entry, notification),
      openTasks: (input) => of(input.entry.proposalId).openTasks(input),
      recordTaskChange: (input) => of(input.entry.proposalId).recordTaskChange(input),
      applyRevision: (input) => of(input.proposalId).applyRevision(input),
      recordConditions: (input) => of(input.proposalId).recordConditions(input),
      publishRegisterEntry: (input) => of(input.proposalId).publishRegisterEntry(input),
      recordAttention: async ({ proposalId, attention }) => void of(proposalId).attentionRows.push(attention?.error ?? null),
      deliverNotification: async (input) => {
        for (const fake of this.byProposal.values()) {
          if (fake.notifications.some((n) => n.id === input.notificationId)) await fake.deliverNotification(input);
        }
      },
    };
    const connection = this.env.nativeConnection;
    this.workers = [
      await Worker.create({
        connection,
        taskQueue: this.taskQueue,
        workflowBundle: { codePath: 'dist/workflow-bundle.js' },
        dataConverter: dataConverterOf(HARNESS_CODEC_KEYS),
        activities: routed,
      }),
      // Email delivery has a queue of its own, as in the worker (apps/worker).
      await Worker.create({
        connection,
        taskQueue: mailTaskQueue(this.taskQueue),
        dataConverter: dataConverterOf(HARNESS_CODEC_KEYS),
        activities: { deliverNotification: routed.deliverNotification },
      }),
    ];
    this.running = Promise.all(this.workers.map((worker) => worker.run()));
  }

  async stop(): Promise<void> {
    for (const worker of this.workers) worker.shutdown();
    await this.running;
  }

  /** Runs `test` on a new proposal's workflow; `input` adds to its input (a smaller history bound, say). */
  async run<T>(plans: FakePlan[], test: (r: Run) => Promise<T>, input: Partial<LifecycleInput> = {}): Promise<T> {
    const activities = new FakeActivities(plans);
    const proposalId = randomUUID();
    this.byProposal.set(proposalId, activities);
    const handle = await this.env.client.workflow.start(LIFECYCLE_WORKFLOW, {
      taskQueue: this.taskQueue,
      workflowId: `proposal-${proposalId}`,
      args: [{ proposalId, department: 'WELFARE', policyVersion: '2026.1', submittedBy: manager.id, ...input }],
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

/** Every sealed payload in `value` (a history, say) replaced by what it seals; the rest kept as it is. */
function openedPayloads<T>(value: T, codec: SealingCodec): T {
  if (Array.isArray(value)) return value.map((item) => openedPayloads(item, codec)) as T;
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  if ('metadata' in value && 'data' in value) return codec.reveal([value as never])[0] as T;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, openedPayloads(item, codec)])) as T;
}

async function until(done: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !(await done()) && Date.now() < deadline;) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A test file's time-skipping server (the project's own install, else the SDK's download) and its harness. */
export async function startTimeSkippingHarness(): Promise<{ env: TestWorkflowEnvironment; harness: LifecycleHarness }> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const path = resolveBinary(TEMPORAL_TEST_SERVER);
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    ...(path ? { server: { executable: { type: 'existing-path', path } } } : {}),
    client: { dataConverter: dataConverterOf(HARNESS_CODEC_KEYS) },
  });
  await ensureSearchAttributes(env.connection, 'default');
  const harness = new LifecycleHarness(env);
  await harness.start();
  return { env, harness };
}

export async function stopTimeSkippingHarness(env?: TestWorkflowEnvironment, harness?: LifecycleHarness): Promise<void> {
  await harness?.stop();
  await env?.teardown();
}
