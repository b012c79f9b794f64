// What every part of the lifecycle shares: the state, the ordered writes to the read model, the audit
// entries, notifications, search attributes, and the waits on people that a withdrawal interrupts.
import { allHandlersFinished, condition, log, proxyActivities, uuid4 } from '@temporalio/workflow';
import {
  type ActorRequest,
  assertMove,
  type AuditEntry,
  type CodeChange,
  DAY_MS,
  type DeploymentUpdate,
  type HumanTask,
  type IncidentUpdate,
  isTaskOpen,
  type LifecycleActivities,
  type LifecycleInput,
  type LifecycleState,
  type Message,
  message,
  type Notification,
  type ProposalStatus,
  render,
  type ReviewPlan,
  type Stage,
  STAGES,
  type WithdrawUpdate,
} from '#domain';
import { follows } from './code-changes.js';
import { deliver } from './delivery.js';
import { decisionNotice, type Notice } from './notices.js';
import { OrderedWrites } from './ordered-writes.js';
import { ProposalSearchAttributes } from './search-attributes.js';
import { WaitsForPeople } from './waits-for-people.js';

export const activities = proxyActivities<LifecycleActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/** Thrown out of any wait once the department has withdrawn: the lifecycle unwinds to its end. */
export class Withdrawn extends Error {}

/** Who an audit entry is by: an id ('system' for the lifecycle itself), or a person's request. */
export type By = string | { actor: Pick<ActorRequest['actor'], 'id'>; requestId?: string };

/** Why an entry was made: a person's own words as they are, or the system's as a coded text (its detail). */
export type Why = string | Message;

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
  readonly writes = new OrderedWrites();
  readonly people = new WaitsForPeople(() => this.writes.idle);
  // What the department's Updates hand to the main line, which acts on them in order.
  withdrawal: WithdrawUpdate | undefined;
  revised = false;
  /** A high or critical incident asked for a re-audit at once. */
  reauditNow = false;
  deploymentRequest: DeploymentUpdate | undefined;
  readonly incidents: IncidentUpdate[];
  private readonly deliveries = new Set<Promise<void>>();
  private readonly searchAttributes = new ProposalSearchAttributes((change) => this.follows(change));
  /** Whether this run writes its search attributes when it comes to rest (rather than at every write). */
  private readonly attributesAtRest: boolean;
  /** Set while a change to the search attributes waits for the lifecycle to come to rest. */
  private attributesStale = false;

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
    this.incidents = [...(input.carried?.incidents ?? [])];
    this.attributesAtRest = this.follows('search-attributes-at-rest');
    if (this.attributesAtRest) void this.refreshSearchAttributesAtRest();
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

  /** Whether this run follows `change` (see workflows/code-changes.ts). */
  follows(change: CodeChange): boolean {
    return follows(this.input, change);
  }

  /** A transition the lifecycle's table allows; a decision the department must hear of goes with its notification. */
  moveTo(status: ProposalStatus, by: By, action: string, why?: Why): Promise<void> {
    assertMove(this.state.status, status);
    const entry: AuditEntry = { ...this.entry(by, action, why), fromStatus: this.state.status, toStatus: status };
    this.state.status = status;
    this.refreshSearchAttributes();
    const notice = decisionNotice(this.state.department, status, why);
    if (!notice || !this.follows('notification-with-its-event')) return this.writes.add(() => activities.recordTransition(entry));
    return this.withNotice(notice, (queued) => activities.recordTransition(entry, queued));
  }

  /** An audit entry that changes no stage: an incident noted, a reminder sent (with its notification). */
  note(by: By, action: string, why?: Why, notice?: Notice): Promise<void> {
    const entry = this.entry(by, action, why);
    if (!notice) return this.writes.add(() => activities.recordTransition(entry));
    return this.withNotice(notice, (queued) => activities.recordTransition(entry, queued));
  }

  recordTask(task: HumanTask, entry: AuditEntry, notice?: Notice): Promise<void> {
    const snapshot = { ...task };
    this.refreshSearchAttributes();
    if (!notice) return this.writes.add(() => activities.recordTaskChange({ task: snapshot, entry }));
    return this.withNotice(notice, (queued) => activities.recordTaskChange({ task: snapshot, entry, notification: queued }));
  }

  /** Writes the event with its notification in one transaction, then has it delivered. */
  private async withNotice(notice: Notice, write: (queued?: Notification) => Promise<void>): Promise<void> {
    const queue = (): Notification => ({ ...notice, id: uuid4(), proposalId: this.state.proposalId });
    // Runs that began before notifications went with their event queued them in a write of their own, and sent none.
    if (!this.follows('notification-with-its-event')) {
      await this.writes.add(() => write());
      // Its id is drawn after the event's write, as these runs drew it: replay draws the same ids.
      const queued = queue();
      await this.writes.add(() => activities.notify(queued));
      return;
    }
    const queued = queue();
    await this.writes.add(() => write(queued));
    const delivery = deliver(queued.id, this.plan?.notifications).finally(() => this.deliveries.delete(delivery));
    this.deliveries.add(delivery);
  }

  /** Waits on people (true once ready, false at the timeout); a withdrawal ends any such wait. */
  async waitFor(ready: () => boolean, timeoutMs?: number): Promise<boolean> {
    const done = await this.people.until(() => ready() || this.withdrawal !== undefined, timeoutMs);
    if (this.withdrawal) throw new Withdrawn();
    return done;
  }

  /** Ends this run: every write made and every handler answered, as continue-as-new and completion need. */
  async endRun(): Promise<void> {
    await this.writes.drained();
    while (this.deliveries.size > 0) await Promise.all(this.deliveries);
    this.people.finish();
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
    if (this.attributesAtRest) this.attributesStale = true;
    else this.searchAttributes.refresh(this.state);
  }

  /**
   * One upsert each time the lifecycle comes to rest with changed attributes, rather than one at every write:
   * a submission passes four stages in a second, and the UI need only show where it stopped.
   */
  private async refreshSearchAttributesAtRest(): Promise<void> {
    for (;;) {
      await condition(() => this.attributesStale && this.people.atRestNow);
      this.writeSearchAttributes();
    }
  }

  private writeSearchAttributes(): void {
    this.attributesStale = false;
    this.searchAttributes.refresh(this.state);
  }
}
