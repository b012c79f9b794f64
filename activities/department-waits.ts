// The read model of the department's waits, kept by the transitions that begin and end them: a stage
// that waits on the department opens a row; leaving it closes the row (in the transition's own UPDATE,
// see ProposalsRepository.moveTo); an escalation raises its level.
import { type AuditEntry, daysAfter, departmentWaitOf, policyFor, stallsAt } from '#domain';
import type { DepartmentWaitsRepository } from '#persistence';

/** The audit action with which the workflow records an escalation of a department wait. */
const DEPARTMENT_ESCALATED = 'department_escalated';

/** Call once per new audit entry, in its transaction, after the transition ended the previous wait. */
export async function trackDepartmentWait(
  waits: DepartmentWaitsRepository,
  entry: AuditEntry,
  policyVersion?: string,
): Promise<void> {
  if (entry.action === DEPARTMENT_ESCALATED) {
    await waits.escalate(entry.proposalId);
    return;
  }
  if (!entry.toStatus || !policyVersion) return;
  const at = new Date(entry.at);
  const { deadlines } = policyFor(policyVersion);
  const wait = departmentWaitOf(entry.toStatus, deadlines);
  if (!wait) return;
  const dueAt = daysAfter(at, wait.days);
  await waits.open({
    id: entry.id,
    proposalId: entry.proposalId,
    kind: wait.kind,
    stage: entry.toStatus,
    since: at,
    dueAt,
    stallsAt: stallsAt(at, dueAt, deadlines),
  });
}
