// In-memory activities for workflow tests: the workflow's logic is under test here, not PostgreSQL
// (test/persistence.e2e-spec.ts and the end-to-end tests cover the real activities).
import type {
  Appended,
  AuditEntry,
  Condition,
  HumanTask,
  LifecycleActivities,
  Notification,
  RegisterStatus,
  ReviewDomain,
  ReviewPlan,
  ScreeningResult,
  Tier,
} from '#domain';
import { message, policyFor, reviewPlanFor } from '#domain';

export interface FakePlan {
  tier: Tier;
  domains: ReviewDomain[];
  signoff?: ReviewPlan['signoff'];
}

export class FakeActivities implements LifecycleActivities {
  readonly audit: AuditEntry[] = [];
  readonly tasks = new Map<string, HumanTask>();
  readonly notifications: Notification[] = [];
  /** Ids of the notifications the workflow asked to deliver. */
  readonly deliveries: string[] = [];
  readonly register: { status: RegisterStatus; reviewSummary?: string }[] = [];
  readonly conditions = new Map<string, Condition>();
  screenings = 0;
  /** Activities that fail (retryably) while named here: a fault that a test mends by removing it. */
  readonly failing = new Set<keyof LifecycleActivities>();
  /** What the best-effort attention row was told, in order (null: removed). */
  readonly attentionRows: (string | null)[] = [];

  /**
   * One plan per screening; the last repeats (a revision may change the tier, and with it the path). The first
   * screening's reason is coded; later ones give a string, as activities did before reasons were coded.
   */
  constructor(private readonly plans: FakePlan[]) {}

  async screenProposal(): Promise<ScreeningResult> {
    const plan = this.plans[Math.min(this.screenings, this.plans.length - 1)];
    this.screenings += 1;
    const real = reviewPlanFor(policyFor('2026.1'), plan.tier, false);
    return {
      assessment: {
        tier: plan.tier,
        scores: {
          impact: 0,
          impactMax: 1,
          mitigation: 0,
          mitigationMax: 1,
          final: 0,
          byPrinciple: {},
          reasons: [
            this.screenings === 1
              ? message('tier_from_impact', { impact: 0, impactMax: 1, share: 0, tier: plan.tier })
              : `tier ${plan.tier}`,
          ],
        },
      },
      plan: { ...real, domains: plan.domains, signoff: plan.signoff ?? real.signoff },
    };
  }

  async recordTransition(entry: AuditEntry, notification?: Notification): Promise<Appended> {
    if (notification) this.notifications.push(notification);
    return this.append(entry);
  }

  async openTasks({ tasks, entry }: { tasks: HumanTask[]; entry: AuditEntry }): Promise<Appended> {
    if (this.failing.has('openTasks')) throw new Error('the database refused the tasks');
    for (const task of tasks) this.tasks.set(task.id, task);
    return this.append(entry);
  }

  async recordTaskChange({
    task,
    entry,
    notification,
  }: {
    task: HumanTask;
    entry: AuditEntry;
    notification?: Notification;
  }): Promise<Appended> {
    this.tasks.set(task.id, task);
    if (notification) this.notifications.push(notification);
    return this.append(entry);
  }

  async applyRevision({ entry }: { entry: AuditEntry }): Promise<Appended> {
    return this.append(entry);
  }

  async recordConditions({ conditions, entry }: { conditions: Condition[]; entry: AuditEntry }): Promise<Appended> {
    for (const condition of conditions) this.conditions.set(condition.id, condition);
    return this.append(entry);
  }

  async publishRegisterEntry({
    status,
    reviewSummary,
    entry,
  }: {
    status: RegisterStatus;
    reviewSummary?: string;
    entry: AuditEntry;
  }): Promise<Appended> {
    this.register.push({ status, reviewSummary });
    return this.append(entry);
  }

  async deliverNotification({ notificationId }: { notificationId: string }): Promise<void> {
    this.deliveries.push(notificationId);
  }

  /** Appends the entry and answers the head, as the real activities do (the entry's id stands for its hash). */
  private append(entry: AuditEntry): Appended {
    this.audit.push(entry);
    return { auditHead: { entries: this.audit.length, lastHash: entry.id } };
  }

  openTasksOf(kind: HumanTask['kind']): HumanTask[] {
    return [...this.tasks.values()].filter((t) => t.kind === kind && (t.status === 'open' || t.status === 'claimed'));
  }

  /** The stages the workflow moved through, in order. */
  stages(): string[] {
    return this.audit.filter((e) => e.toStatus).map((e) => e.toStatus!);
  }

  actions(): string[] {
    return this.audit.map((e) => e.action);
  }
}
