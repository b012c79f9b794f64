// The lifecycle's side effects on PostgreSQL. Each is idempotent: audit entries, tasks, conditions and
// notifications carry ids made by the workflow, so a retried activity (after a worker crash, say) writes
// nothing twice. An activity with an audit entry makes its other writes only when the entry is new.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApplicationFailure } from '@temporalio/activity';
import type { DataSource, EntityManager } from 'typeorm';
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
import { appendAudit, DepartmentEntity, findById, ProposalEntity, TaskEntity, taskToRow, updateById } from '#persistence';
import { trackDepartmentWait } from './department-waits.js';
import { queueNotification } from './outbox.js';
import { registerEntryOf } from './register-entry.js';

@Injectable()
export class LifecycleActivitiesService implements Omit<LifecycleActivities, 'deliverNotification'> {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async screenProposal({ proposalId, policyVersion }: { proposalId: string; policyVersion: string }): Promise<ScreeningResult> {
    const proposal = await findById(this.db, ProposalEntity, proposalId);
    if (!proposal) throw notFound(proposalId);
    const policy = policyFor(policyVersion);
    const assessment = assess(policy, proposal, proposal.answers);
    await this.db.query(`UPDATE proposals SET tier = $2, scores = $3, updated_at = now() WHERE id = $1`, [
      proposalId,
      assessment.tier,
      JSON.stringify(assessment.scores),
    ]);
    return { assessment, plan: reviewPlanFor(policy, assessment.tier, proposal.affectsVulnerableGroups) };
  }

  async recordTransition(entry: AuditEntry, notification?: Notification): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (!(await appendAudit(tx, entry))) return;
      // An entry without toStatus is a note (an incident, a reminder): it changes no stage.
      const policyVersion = entry.toStatus ? await moveProposal(tx, entry) : undefined;
      await trackDepartmentWait(tx, entry, policyVersion);
      if (notification) await queueNotification(tx, notification);
    });
  }

  async openTasks({ tasks, entry }: { tasks: HumanTask[]; entry: AuditEntry }): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (!(await appendAudit(tx, entry))) return;
      const [proposal]: { policy_version: string }[] = await tx.query(`SELECT policy_version FROM proposals WHERE id = $1`, [
        entry.proposalId,
      ]);
      if (!proposal) throw notFound(entry.proposalId);
      const { deadlines } = policyFor(proposal.policy_version);
      const openedAt = new Date(entry.at);
      const rows = tasks.map((task) => ({ ...taskToRow(task), stallsAt: stallsAt(openedAt, new Date(task.dueAt), deadlines) }));
      await tx.getRepository(TaskEntity).insert(rows);
    });
  }

  async recordTaskChange({ task, entry, notification }: Input<'recordTaskChange'>): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (!(await appendAudit(tx, entry))) return;
      await updateById(tx, TaskEntity, task.id, taskToRow(task));
      if (notification) await queueNotification(tx, notification);
    });
  }

  async applyRevision({ proposalId, answers, changes, entry }: Input<'applyRevision'>): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (!(await appendAudit(tx, entry))) return;
      const proposals = tx.getRepository(ProposalEntity);
      const row = await proposals.findOne({ where: { id: proposalId }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw notFound(proposalId);
      const changed = Object.entries(changes ?? {}).filter(([, value]) => value !== undefined);
      await proposals.update(proposalId, { answers: { ...row.answers, ...answers }, ...Object.fromEntries(changed) });
    });
  }

  async recordConditions({ proposalId, conditions, entry }: Input<'recordConditions'>): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (!(await appendAudit(tx, entry))) return;
      for (const { id, text, evidence } of conditions) {
        // Evidence, once recorded, stays: a later write of the same condition without it keeps it.
        await tx.query(
          `INSERT INTO conditions (id, proposal_id, text, evidence) VALUES ($1, $2, $3, $4)
           ON CONFLICT (id) DO UPDATE
           SET text = EXCLUDED.text, evidence = COALESCE(EXCLUDED.evidence, conditions.evidence), updated_at = now()`,
          [id, proposalId, text, evidence ?? null],
        );
      }
    });
  }

  async publishRegisterEntry({
    proposalId,
    status,
    deployedVersion,
    reviewSummary,
    entry,
  }: Input<'publishRegisterEntry'>): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (!(await appendAudit(tx, entry))) return;
      const proposal = await findById(tx, ProposalEntity, proposalId);
      if (!proposal) throw notFound(proposalId);
      const department = await findById(tx, DepartmentEntity, proposal.department);
      const published = registerEntryOf(proposal, department, { status, deployedVersion, reviewSummary });
      // published_at is set by the first publication only; every later one refreshes the rest.
      await tx.query(
        `INSERT INTO register_entries (proposal_id, name, department_code, department_name, purpose, tier,
           human_oversight, overseer_contact, ai_notice, risk_summary, review_summary, status, deployed_version,
           texts, published_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now(), now())
         ON CONFLICT (proposal_id) DO UPDATE SET
           name = EXCLUDED.name, department_code = EXCLUDED.department_code, department_name = EXCLUDED.department_name,
           purpose = EXCLUDED.purpose, tier = EXCLUDED.tier, human_oversight = EXCLUDED.human_oversight,
           overseer_contact = EXCLUDED.overseer_contact, ai_notice = EXCLUDED.ai_notice,
           risk_summary = EXCLUDED.risk_summary, review_summary = EXCLUDED.review_summary, status = EXCLUDED.status,
           deployed_version = EXCLUDED.deployed_version, texts = EXCLUDED.texts, updated_at = now()`,
        [
          proposalId,
          published.name,
          published.departmentCode,
          published.departmentName,
          published.purpose,
          published.tier,
          published.humanOversight,
          published.overseerContact,
          published.aiNotice,
          published.riskSummary,
          published.reviewSummary,
          published.status,
          published.deployedVersion,
          JSON.stringify(published.texts),
        ],
      );
    });
  }

  /** Workflows that began before notifications were queued with their event still call this. */
  async notify(notification: Notification): Promise<void> {
    await queueNotification(this.db, notification);
  }
}

type Input<Name extends keyof LifecycleActivities> = Parameters<LifecycleActivities[Name]>[0];

/**
 * The proposal's new stage, in one round trip that also ends the department's wait of the stage it leaves
 * and reads what a wait of the new one needs (trackDepartmentWait opens it).
 */
async function moveProposal(tx: EntityManager, { proposalId, toStatus, at }: AuditEntry): Promise<string | undefined> {
  const [rows]: [{ policy_version: string }[]] = await tx.query(
    `WITH ended AS (UPDATE department_waits SET ended_at = $3 WHERE proposal_id = $1 AND ended_at IS NULL)
     UPDATE proposals SET status = $2, updated_at = now() WHERE id = $1 RETURNING policy_version`,
    [proposalId, toStatus, at],
  );
  return rows[0]?.policy_version;
}

/** A missing proposal is not something a retry mends. */
const notFound = (proposalId: string) =>
  ApplicationFailure.nonRetryable(`proposal ${proposalId} does not exist`, 'BareunNotFound');
