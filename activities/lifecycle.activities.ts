// The lifecycle's side effects on PostgreSQL. Each is idempotent: audit entries and tasks carry ids made
// by the workflow, so a retried activity (after a worker crash, say) writes nothing twice.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/activity';
import type { DataSource, EntityManager } from 'typeorm';
import {
  assess,
  type AuditEntry,
  type HumanTask,
  type LifecycleActivities,
  policyFor,
  reviewPlanFor,
  type ScreeningResult,
} from '../libs/domain/src/index.js';
import { ProposalEntity, TaskEntity, taskToRow } from '../libs/persistence/src/index.js';

@Injectable()
export class LifecycleActivitiesService implements LifecycleActivities {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async screenProposal({ proposalId, policyVersion }: { proposalId: string; policyVersion: string }): Promise<ScreeningResult> {
    const proposal = await this.db.getRepository(ProposalEntity).findOneBy({ id: proposalId });
    if (!proposal) throw ApplicationFailure.nonRetryable(`proposal ${proposalId} does not exist`, 'BareunNotFound');
    const policy = policyFor(policyVersion);
    const assessment = assess(policy, proposal, proposal.answers);
    await this.db.getRepository(ProposalEntity).update(proposalId, { tier: assessment.tier, scores: assessment.scores });
    return { assessment, plan: reviewPlanFor(policy, assessment.tier, proposal.affectsVulnerableGroups) };
  }

  async recordTransition(entry: AuditEntry): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (await appendAudit(tx, entry)) {
        await tx.getRepository(ProposalEntity).update(entry.proposalId, { status: entry.toStatus });
      }
    });
  }

  async openTasks({ tasks, entry }: { tasks: HumanTask[]; entry: AuditEntry }): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (await appendAudit(tx, entry)) {
        await tx.getRepository(TaskEntity).insert(tasks.map(taskToRow));
      }
    });
  }

  async recordTaskChange({ task, entry }: { task: HumanTask; entry: AuditEntry }): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (await appendAudit(tx, entry)) {
        await tx.getRepository(TaskEntity).update(task.id, taskToRow(task));
      }
    });
  }
}

/** Appends the entry unless it is already there; true when this call wrote it. */
async function appendAudit(tx: EntityManager, entry: AuditEntry): Promise<boolean> {
  const inserted: unknown[] = await tx.query(
    `INSERT INTO audit_entries (id, proposal_id, at, actor, action, from_status, to_status, rationale)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      entry.id,
      entry.proposalId,
      entry.at,
      entry.actor,
      entry.action,
      entry.fromStatus ?? null,
      entry.toStatus ?? null,
      entry.rationale ?? null,
    ],
  );
  return inserted.length > 0;
}
