// What every part of the lifecycle shares: the state, the ordered writes to the read model, the audit
// entries, notifications, search attributes, and the waits on people that a withdrawal interrupts.
import { allHandlersFinished, condition, isCancellation, log, proxyActivities, uuid4, workflowInfo } from '@temporalio/workflow';
import {
  type ActorRequest,
  type Appended,
  assertMove,
  type AuditEntry,
  DAY_MS,
  type DeploymentUpdate,
  type HumanTask,
  type IncidentUpdate,
  isTaskOpen,
  type LifecycleActivities,
  type LifecycleInput,
  type LifecycleState,
  type Message,
  type NotADraft,
  message,
  type Notification,
  type ProposalStatus,
  render,
  type ReviewPlan,
  type Stage,
  STAGES,
  type WithdrawUpdate,
} from '#domain';
import { Attention, WRITE_ATTEMPTS } from './attention.js';
import { versionOfThisRun } from './code-version.js';
import { deliver } from './delivery.js';
import { decisionNotice, type Notice } from './notices.js';
import { OrderedWrites } from './ordered-writes.js';
import { ProposalSearchAttributes } from './search-attributes.js';
import { WaitsForPeople } from './waits-for-people.js';

// Bounded (workflows/attention.ts; the worker may give up sooner); past it the write needs attention.
export const activities = proxyActivities<LifecycleActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', maximumAttempts: WRITE_ATTEMPTS },
});

/** Thrown out of any wait once the department has withdrawn: the lifecycle unwinds to its end. */
export class Withdrawn extends Error {}

/** Thrown out of a wait at rest once the history has passed its bound: the run continues as new. */
export class ContinueAsNewNow extends Error {}

/** A run continues as new once at rest past this many events, or sooner when the server suggests it. */
const CONTINUE_AS_NEW_AFTER_EVENTS = 2000;

/** For the waits beside the lifecycle (deadline watches): a cancellation of the workflow ends them quietly. */
export function ignoreCancellation(work: Promise<void>): void {
  work.catch((error: unknown) => {
    if (!isCancellation(error)) throw error;
  });
}

/** Who an audit entry is by: an id ('system' for the lifecycle itself), or a person's request. */
export type By = string | { actor: Pick<ActorRequest['actor'], 'id'>; requestId?: string };

/** Why an entry was made: a person's own words as they are, or the system's as a coded text (its detail). */
export type Why = string | Message;

/**
 * Keeps the audit head a write answered: its own appends come one after another, so each head is newer than the
 * last. A result without one (a write with no entry, or a history recorded before heads were kept) changes nothing.
 */
function keepAuditHead(state: LifecycleState, result: unknown): void {
  const head = (result as Partial<Appended> | undefined)?.auditHead;
  if (head && head.entries >= (state.auditHead?.entries ?? 0)) state.auditHead = { ...head };
}

/** Why open tasks are cancelled. */
const CANCELLED = {
  round_decided: 'audit_task_cancelled_round_decided',
  signoff_decided: 'audit_task_cancelled_signoff_decided',
  withdrawn: 'audit_task_cancelled_withdrawn',
} as const;
// `new Date()` in a workflow is the workflow's own time (the sandbox makes it so): replay-safe.
export const now = (): number => new Date().getTime();
export const isoIn = (days: number, from = now()): string => new Date(from + days * DAY_MS).toISOString();

export class Lifecycle {
  readonly state: LifecycleState;
  plan: ReviewPlan | undefined;
  readonly attention = new Attention(
    () => this.state,
    () => this.refreshSearchAttributes(),
    (result) => keepAuditHead(this.state, result),
  );
  readonly writes = new OrderedWrites(this.attention);
  readonly people = new WaitsForPeople(() => this.writes.idle);
  // What the department's Updates hand to the main line, which acts on them in order.
  withdrawal: WithdrawUpdate | undefined;
  revised = false;
  /** A high or critical incident asked for a re-audit at once. */
  reauditNow = false;
  deploymentRequest: DeploymentUpdate | undefined;
  readonly incidents: IncidentUpdate[];
  /** The stage this run was continued as new in, until the phase of that stage has resumed. */
  private resumeAt: ProposalStatus | undefined;
  /** The version of the lifecycle's code this run follows (workflows/code-version.ts). */
  readonly codeVersion = versionOfThisRun();
  private readonly deliveries = new Set<Promise<void>>();
  private readonly searchAttributes = new ProposalSearchAttributes(this.codeVersion);
  /** Set while a change to the search attributes waits for the lifecycle to come to rest (at first: all of them). */
  private attributesStale = true;

  constructor(readonly input: LifecycleInput) {
    this.state = input.carried?.state ?? {
      proposalId: input.proposalId,
      department: input.department,
      status: 'SUBMITTED',
      tier: null,
      round: 0,
      tasks: [],
      conditions: [],
      auditCycle: 0,
    };
    this.plan = input.carried?.plan;
    this.resumeAt = input.carried?.state.status;
    this.incidents = [...(input.carried?.incidents ?? [])];
    ignoreCancellation(this.refreshSearchAttributesAtRest());
  }

  /** What the lifecycle's table says of the stage the proposal is in. */
  get stage(): Stage {
    return STAGES[this.state.status];
  }

  /** The due time in days of the stage's wait, by the table's deadline and the pinned policy. */
  dueInDays(): number {
    const { deadline } = this.stage;
    if (!deadline) throw new Error(`${this.state.status} has no deadline`);
    return this.requirePlan.deadlines[deadline];
  }

  get requirePlan(): ReviewPlan {
    if (!this.plan) throw new Error('the proposal has not been screened');
    return this.plan;
  }

  /** An audit entry by `by`; from a person's request it keeps the request id. A coded `why` is its detail. */
  entry(by: By, action: string, why?: Why): AuditEntry {
    const [actor, requestId] = typeof by === 'string' ? [by, undefined] : [by.actor.id, by.requestId];
    const at = new Date().toISOString();
    if (requestId) log.info('decision recorded', { action, proposalId: this.state.proposalId, requestId });
    const said = typeof why === 'object' ? { rationale: render('en', why), detail: why } : { rationale: why };
    return { id: uuid4(), proposalId: this.state.proposalId, at, actor, action, ...said, requestId };
  }

  /** A transition the lifecycle's table allows; a decision the department must hear of goes with its notification. */
  moveTo(status: ProposalStatus, by: By, action: string, why?: Why): Promise<NotADraft | Appended | void> {
    assertMove(this.state.status, status);
    const entry: AuditEntry = { ...this.entry(by, action, why), fromStatus: this.state.status, toStatus: status };
    this.state.status = status;
    this.refreshSearchAttributes();
    const notice = decisionNotice(this.state.department, status, why);
    if (!notice) return this.writes.add(() => activities.recordTransition(entry));
    return this.withNotice(notice, (queued) => activities.recordTransition(entry, queued));
  }

  /** An audit entry that changes no stage: an incident noted, a reminder sent (with its notification). */
  note(by: By, action: string, why?: Why, notice?: Notice): Promise<unknown> {
    const entry = this.entry(by, action, why);
    if (!notice) return this.writes.add(() => activities.recordTransition(entry));
    return this.withNotice(notice, (queued) => activities.recordTransition(entry, queued));
  }

  recordTask(task: HumanTask, entry: AuditEntry, notice?: Notice): Promise<Appended | void> {
    const snapshot = { ...task };
    this.refreshSearchAttributes();
    if (!notice) return this.writes.add(() => activities.recordTaskChange({ task: snapshot, entry }));
    return this.withNotice(notice, (queued) => activities.recordTaskChange({ task: snapshot, entry, notification: queued }));
  }

  /** Writes the event with its notification in one transaction, then has it delivered. */
  private async withNotice(notice: Notice, write: (queued?: Notification) => Promise<unknown>): Promise<void> {
    const queued: Notification = { ...notice, id: uuid4(), proposalId: this.state.proposalId };
    await this.writes.add(() => write(queued));
    const delivery = deliver(queued.id, this.plan?.notifications).finally(() => this.deliveries.delete(delivery));
    this.deliveries.add(delivery);
  }

  /** Whether this run was continued as new in `status` and is resuming its phase: true once. */
  resumes(status: ProposalStatus): boolean {
    if (this.resumeAt !== status) return false;
    this.resumeAt = undefined;
    return true;
  }

  /**
   * Waits on people (true once ready, false at the timeout); a withdrawal ends any such wait, and so does a
   * history past its bound once nothing is under way (no write, no delivery, no handler): the run continues as new.
   */
  async waitFor(ready: () => boolean, timeoutMs?: number): Promise<boolean> {
    const until = timeoutMs === undefined ? undefined : now() + timeoutMs;
    for (;;) {
      const wake = () => ready() || this.withdrawal !== undefined || this.shouldContinueAsNew();
      const woken = await this.people.until(wake, until === undefined ? undefined : until - now());
      if (this.withdrawal) throw new Withdrawn();
      if (ready()) return true;
      if (this.shouldContinueAsNew()) throw new ContinueAsNewNow();
      // Woken to continue as new, but a write began in the same moment: wait on.
      if (!woken) return false;
    }
  }

  private shouldContinueAsNew(): boolean {
    const { continueAsNewSuggested, historyLength } = workflowInfo();
    const bound = this.input.continueAsNewAfterEvents ?? CONTINUE_AS_NEW_AFTER_EVENTS;
    const pastBound = continueAsNewSuggested || historyLength > bound;
    return pastBound && this.writes.idle && this.deliveries.size === 0 && allHandlersFinished();
  }

  /** What the next run carries over: open tasks, and until deployment the decided ones that its summary reads. */
  carriedOver(): NonNullable<LifecycleInput['carried']> {
    const tasks = this.state.tasks.filter((t) => isTaskOpen(t) || !this.state.deployment);
    return { state: { ...this.state, tasks }, plan: this.requirePlan, incidents: this.incidents };
  }

  /** Ends this run: every write made and every handler answered, as continue-as-new and completion need. */
  async endRun(): Promise<void> {
    await this.writes.drained();
    this.people.finish(); // a decision that ends the run is answered without waiting for its mail
    while (this.deliveries.size > 0) await Promise.all(this.deliveries);
    await condition(allHandlersFinished);
    if (this.attributesStale) this.writeSearchAttributes();
  }

  /** Cancels the open tasks (so their watchers stop and a late decision gets 409). */
  async cancelOpenTasks(cause: keyof typeof CANCELLED): Promise<void> {
    for (const task of this.state.tasks.filter(isTaskOpen)) {
      task.status = 'cancelled';
      const why = message(CANCELLED[cause], { kind: task.kind, domain: task.domain });
      await this.recordTask(task, this.entry('system', 'task_cancelled', why));
    }
  }

  /** Stage, department, tier, the next due time and whether anything is escalated, for the UI and CLI. */
  refreshSearchAttributes(): void {
    this.attributesStale = true;
  }

  /**
   * One upsert each time the lifecycle comes to rest with changed attributes, rather than one at every write:
   * a submission passes four stages in a second, and the UI need only show where it stopped.
   */
  private async refreshSearchAttributesAtRest(): Promise<void> {
    for (;;) {
      await condition(() => this.attributesStale && (this.people.atRestNow || this.attention.waiting));
      this.writeSearchAttributes();
    }
  }

  private writeSearchAttributes(): void {
    this.attributesStale = false;
    this.searchAttributes.refresh(this.state);
  }
}
