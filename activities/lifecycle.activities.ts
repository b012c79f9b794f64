// The lifecycle's side effects on PostgreSQL. Each is idempotent: audit entries, tasks, conditions and
// notifications carry ids made by the workflow, so a retried activity (after a worker crash, say) writes
// nothing twice. An activity with an audit entry makes its other writes only when the entry is new.
import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/activity';
import {
  assess,
  type AuditEntry,
  type HumanTask,
  type LifecycleActivities,
  type Notification,
  policyFor,
  reviewPlanFor,
  type ScreeningResult,
  stallsAt,
} from '#domain';
import { NotificationsRepository, ProposalsRepository, Repositories, taskToRow } from '#persistence';
import { trackDepartmentWait } from './department-waits.js';
import { registerEntryOf } from './register-entry.js';

@Injectable()
export class LifecycleActivitiesService implements Omit<LifecycleActivities, 'deliverNotification'> {
  constructor(
    private readonly repositories: Repositories,
    private readonly proposals: ProposalsRepository,
    private readonly notifications: NotificationsRepository,
  ) {}

  async screenProposal({ proposalId, policyVersion }: { proposalId: string; policyVersion: string }): Promise<ScreeningResult> {
    const proposal = await this.proposals.findById(proposalId);
    if (!proposal) throw notFound(proposalId);
    const policy = policyFor(policyVersion);
    const assessment = assess(policy, proposal, proposal.answers);
    await this.proposals.recordScreening(proposalId, assessment.tier, assessment.scores);
    return { assessment, plan: reviewPlanFor(policy, assessment.tier, proposal.affectsVulnerableGroups) };
  }

  async recordTransition(entry: AuditEntry, notification?: Notification): Promise<void> {
    await this.repositories.transaction(async (tx) => {
      if (!(await tx.audit.append(entry))) return;
      // An entry without toStatus is a note (an incident, a reminder): it changes no stage.
      const policyVersion = entry.toStatus ? await tx.proposals.moveTo(entry) : undefined;
      await trackDepartmentWait(tx.departmentWaits, entry, policyVersion);
      if (notification) await tx.notifications.queue(notification);
    });
  }

  async openTasks({ tasks, entry }: { tasks: HumanTask[]; entry: AuditEntry }): Promise<void> {
    await this.repositories.transaction(async (tx) => {
      if (!(await tx.audit.append(entry))) return;
      const policyVersion = await tx.proposals.policyVersionOf(entry.proposalId);
      if (!policyVersion) throw notFound(entry.proposalId);
      const { deadlines } = policyFor(policyVersion);
      const openedAt = new Date(entry.at);
      const rows = tasks.map((task) => ({ ...taskToRow(task), stallsAt: stallsAt(openedAt, new Date(task.dueAt), deadlines) }));
      await tx.tasks.insert(rows);
    });
  }

  async recordTaskChange({ task, entry, notification }: Input<'recordTaskChange'>): Promise<void> {
    await this.repositories.transaction(async (tx) => {
      if (!(await tx.audit.append(entry))) return;
      await tx.tasks.update(task.id, taskToRow(task));
      if (notification) await tx.notifications.queue(notification);
    });
  }

  async applyRevision({ proposalId, answers, changes, entry }: Input<'applyRevision'>): Promise<void> {
    await this.repositories.transaction(async (tx) => {
      if (!(await tx.audit.append(entry))) return;
      const row = await tx.proposals.findLocked(proposalId);
      if (!row) throw notFound(proposalId);
      const changed = Object.entries(changes ?? {}).filter(([, value]) => value !== undefined);
      await tx.proposals.update(proposalId, { answers: { ...row.answers, ...answers }, ...Object.fromEntries(changed) });
    });
  }

  async recordConditions({ proposalId, conditions, entry }: Input<'recordConditions'>): Promise<void> {
    await this.repositories.transaction(async (tx) => {
      if (!(await tx.audit.append(entry))) return;
      await tx.conditions.record(proposalId, conditions);
    });
  }

  async publishRegisterEntry({
    proposalId,
    status,
    deployedVersion,
    reviewSummary,
    entry,
  }: Input<'publishRegisterEntry'>): Promise<void> {
    await this.repositories.transaction(async (tx) => {
      if (!(await tx.audit.append(entry))) return;
      const proposal = await tx.proposals.findById(proposalId);
      if (!proposal) throw notFound(proposalId);
      const department = await tx.directory.findDepartment(proposal.department);
      await tx.register.publish(proposalId, registerEntryOf(proposal, department, { status, deployedVersion, reviewSummary }));
    });
  }

  /** Workflows that began before notifications were queued with their event still call this. */
  async notify(notification: Notification): Promise<void> {
    await this.notifications.queue(notification);
  }
}

type Input<Name extends keyof LifecycleActivities> = Parameters<LifecycleActivities[Name]>[0];

/** A missing proposal is not something a retry mends. */
const notFound = (proposalId: string) =>
  ApplicationFailure.nonRetryable(`proposal ${proposalId} does not exist`, 'BareunNotFound');
