// The stages of DESIGN §2 and the vocabulary of tasks and decisions.
export const PROPOSAL_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'SCREENING',
  'EXPERT_REVIEW',
  'REVISION_REQUESTED',
  'ETHICS_SIGNOFF',
  'APPROVED',
  'DEPLOYED',
  'MONITORING',
  'REAUDIT',
  'REMEDIATION',
  'SUSPENDED',
  'RETIRED',
  'REJECTED',
  'WITHDRAWN',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const TASK_KINDS = ['expert_review', 'ethics_signoff', 'reaudit'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const TASK_STATUSES = ['open', 'claimed', 'completed', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * Decisions the lifecycle acts on today, per task kind. DESIGN §5.1 lists more
 * (request_changes, approve_with_conditions, the re-audit outcomes); each joins this
 * table together with the workflow path that handles it, never before.
 */
export const DECISIONS = {
  expert_review: ['approve', 'reject'],
  ethics_signoff: ['approve', 'reject'],
  reaudit: [],
} as const satisfies Record<TaskKind, readonly string[]>;
export type Decision = (typeof DECISIONS)[TaskKind][number];

export function isDecisionFor(kind: TaskKind, decision: string): decision is Decision {
  return (DECISIONS[kind] as readonly string[]).includes(decision);
}

export const workflowIdFor = (proposalId: string): string => `proposal-${proposalId}`;
