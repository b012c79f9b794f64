// The read model of the department's waits, kept by the transitions that begin and end them: a stage
// that waits on the department opens a row; leaving it closes the row (in the transition's own UPDATE,
// see moveProposal); an escalation raises its level.
import type { EntityManager } from 'typeorm';
import { type AuditEntry, daysAfter, departmentWaitOf, policyFor, stallsAt } from '#domain';
import { DepartmentWaitEntity } from '#persistence';

/** The audit action with which the workflow records an escalation of a department wait. */
const DEPARTMENT_ESCALATED = 'department_escalated';

/** Call once per new audit entry, in its transaction, after the transition ended the previous wait. */
export async function trackDepartmentWait(tx: EntityManager, entry: AuditEntry, policyVersion?: string): Promise<void> {
  const waits = tx.getRepository(DepartmentWaitEntity);
  if (entry.action === DEPARTMENT_ESCALATED) {
    // In SQL: TypeORM refuses a null in a where condition (IsNull() would be its way), so this threw, and the
    // activity retried until its workflow's later writes waited behind it.
    await tx.query(
      'UPDATE department_waits SET escalation_level = escalation_level + 1 WHERE proposal_id = $1 AND ended_at IS NULL',
      [entry.proposalId],
    );
    return;
  }
  if (!entry.toStatus || !policyVersion) return;
  const at = new Date(entry.at);
  const { deadlines } = policyFor(policyVersion);
  const wait = departmentWaitOf(entry.toStatus, deadlines);
  if (!wait) return;
  const dueAt = daysAfter(at, wait.days);
  await waits.insert({
    id: entry.id,
    proposalId: entry.proposalId,
    kind: wait.kind,
    stage: entry.toStatus,
    since: at,
    dueAt,
    stallsAt: stallsAt(at, dueAt, deadlines),
  });
}
