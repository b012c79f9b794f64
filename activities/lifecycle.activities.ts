// The lifecycle's side effects on PostgreSQL. Each is idempotent: audit entries, tasks, conditions and
// notifications carry ids made by the workflow, so a retried activity (after a worker crash, say) writes
// nothing twice. An activity with an audit entry makes its other writes only when the entry is new.
import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/activity';
import {
  type Appended,
  assess,
  type AuditEntry,
  type HumanTask,
  type LifecycleActivities,
  type Notification,
  type NotADraft,
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

  async recordTransition(entry: AuditEntry, notification?: Notification): Promise<NotADraft | Appended> {
    return this.repositories.transaction(async (tx): Promise<NotADraft | Appended> => {
      if (entry.fromStatus === 'DRAFT') {
        // Submitted only once, from DRAFT: a final proposal whose closed run Temporal has since removed must not
        // start again. A retry of this same write finds its entry there and the proposal submitted.
        const proposal = await tx.proposals.findLocked(entry.proposalId);
        if (!proposal) throw notFound(entry.proposalId);
        if (proposal.status !== 'DRAFT' && !(await tx.audit.has(entry.id))) return { notADraft: proposal.status };
      }
      const { appended, head } = await tx.audit.append(entry);
      if (!appended) return { auditHead: head };
      // An entry without toStatus is a note (an incident, a reminder): it changes no stage.
      const policyVersion = entry.toStatus ? await tx.proposals.moveTo(entry) : undefined;
      await trackDepartmentWait(tx.departmentWaits, entry, policyVersion);
      if (notification) await tx.notifications.queue(notification);
      return { auditHead: head };
    });
  }

  async openTasks({ tasks, entry }: { tasks: HumanTask[]; entry: AuditEntry }): Promise<Appended> {
    return this.repositories.transaction(async (tx) => {
      const { appended, head } = await tx.audit.append(entry);
      if (!appended) return { auditHead: head };
      const policyVersion = await tx.proposals.policyVersionOf(entry.proposalId);
      if (!policyVersion) throw notFound(entry.proposalId);
      const { deadlines } = policyFor(policyVersion);
      const openedAt = new Date(entry.at);
      const rows = tasks.map((task) => ({ ...taskToRow(task), stallsAt: stallsAt(openedAt, new Date(task.dueAt), deadlines) }));
      await tx.tasks.insert(rows);
      return { auditHead: head };
    });
  }

  async recordTaskChange({ task, entry, notification }: Input<'recordTaskChange'>): Promise<Appended> {
    return this.repositories.transaction(async (tx) => {
      const { appended, head } = await tx.audit.append(entry);
      if (!appended) return { auditHead: head };
      await tx.tasks.update(task.id, taskToRow(task));
      if (notification) await tx.notifications.queue(notification);
      return { auditHead: head };
    });
  }

  async applyRevision({ proposalId, answers, changes, entry }: Input<'applyRevision'>): Promise<Appended> {
    return this.repositories.transaction(async (tx) => {
      const { appended, head } = await tx.audit.append(entry);
      if (!appended) return { auditHead: head };
      if (!(await tx.proposals.revise(proposalId, answers, changes ?? {}))) throw notFound(proposalId);
      return { auditHead: head };
    });
  }

  async recordConditions({ proposalId, conditions, entry }: Input<'recordConditions'>): Promise<Appended> {
    return this.repositories.transaction(async (tx) => {
      const { appended, head } = await tx.audit.append(entry);
      if (!appended) return { auditHead: head };
      await tx.conditions.record(proposalId, conditions);
      return { auditHead: head };
    });
  }

  async publishRegisterEntry({
    proposalId,
    status,
    deployedVersion,
    reviewSummary,
    entry,
  }: Input<'publishRegisterEntry'>): Promise<Appended> {
    return this.repositories.transaction(async (tx) => {
      const { appended, head } = await tx.audit.append(entry);
      if (!appended) return { auditHead: head };
      const proposal = await tx.proposals.findById(proposalId);
      if (!proposal) throw notFound(proposalId);
      const department = await tx.directory.findDepartment(proposal.department);
      await tx.register.publish(proposalId, registerEntryOf(proposal, department, { status, deployedVersion, reviewSummary }));
      return { auditHead: head };
    });
  }
}

type Input<Name extends keyof LifecycleActivities> = Parameters<LifecycleActivities[Name]>[0];

/** A missing proposal is not something a retry mends. */
const notFound = (proposalId: string) =>
  ApplicationFailure.nonRetryable(`proposal ${proposalId} does not exist`, 'BareunNotFound');
