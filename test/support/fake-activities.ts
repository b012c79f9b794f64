// In-memory activities for workflow tests: the workflow's logic is under test here, not PostgreSQL
// (test/persistence.e2e-spec.ts and the end-to-end tests cover the real activities).
import type {
  AuditEntry,
  HumanTask,
  LifecycleActivities,
  ReviewDomain,
  ScreeningResult,
  Tier,
} from '../../libs/domain/src/index.js';

export class FakeActivities implements LifecycleActivities {
  readonly audit: AuditEntry[] = [];
  readonly tasks = new Map<string, HumanTask>();

  constructor(private readonly plan: { tier: Tier; domains: ReviewDomain[] }) {}

  async screenProposal(): Promise<ScreeningResult> {
    return {
      assessment: {
        tier: this.plan.tier,
        scores: { impact: 0, impactMax: 1, mitigation: 0, mitigationMax: 1, final: 0, byPrinciple: {}, reasons: ['fake'] },
      },
      plan: { ...this.plan, signoff: { body: 'officer', members: 1, rule: 'single' }, expertReviewDays: 10, signoffDays: 5 },
    };
  }

  async recordTransition(entry: AuditEntry): Promise<void> {
    this.audit.push(entry);
  }

  async openTasks({ tasks, entry }: { tasks: HumanTask[]; entry: AuditEntry }): Promise<void> {
    for (const task of tasks) this.tasks.set(task.id, task);
    this.audit.push(entry);
  }

  async recordTaskChange({ task, entry }: { task: HumanTask; entry: AuditEntry }): Promise<void> {
    this.tasks.set(task.id, task);
    this.audit.push(entry);
  }

  openTasksOf(kind: HumanTask['kind']): HumanTask[] {
    return [...this.tasks.values()].filter((t) => t.kind === kind && (t.status === 'open' || t.status === 'claimed'));
  }
}
