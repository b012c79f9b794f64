// Waiting work, as administrators see it (GET /api/admin/stalled): which stages wait on the department,
// and when a wait counts as stalled — at its due time, or earlier once idle past the policy's threshold.
import type { DepartmentWait } from './messages.js';
import type { ProposalStatus, TaskKind } from './lifecycle.js';
import type { Deadlines } from './policy/index.js';

/** Policies count deadlines in days; clocks count milliseconds. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The stages in which the lifecycle waits on the department, with the kind of wait and its due time. */
export function departmentWaitOf(
  status: ProposalStatus,
  deadlines: Deadlines,
): { kind: DepartmentWait['kind']; days: number } | null {
  switch (status) {
    case 'REVISION_REQUESTED':
      return { kind: 'revision', days: deadlines.revisionDays };
    case 'APPROVED':
      return { kind: 'deployment', days: deadlines.deploymentDays };
    case 'REMEDIATION':
      return { kind: 'remediation', days: deadlines.remediationDays };
    default:
      return null;
  }
}

/** The stage a task's wait belongs to. */
export const STAGE_OF_TASK: Record<TaskKind, ProposalStatus> = {
  expert_review: 'EXPERT_REVIEW',
  ethics_signoff: 'ETHICS_SIGNOFF',
  reaudit: 'REAUDIT',
};

/** When a wait begun at `since` and due at `dueAt` counts as stalled. */
export function stallsAt(since: Date, dueAt: Date, deadlines: Pick<Deadlines, 'stalledAfterDays'>): Date {
  return new Date(Math.min(dueAt.getTime(), since.getTime() + deadlines.stalledAfterDays * DAY_MS));
}

export const daysAfter = (from: Date, days: number): Date => new Date(from.getTime() + days * DAY_MS);
