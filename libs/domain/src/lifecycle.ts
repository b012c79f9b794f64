// The stages of DESIGN §2 and the vocabulary of tasks and decisions; what each stage allows is stages.ts.
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

/** The decisions each kind of task takes (DESIGN §5.1). */
export const DECISIONS = {
  expert_review: ['approve', 'request_changes', 'reject'],
  ethics_signoff: ['approve', 'approve_with_conditions', 'reject'],
  reaudit: ['pass', 'remediate', 'suspend', 'retire'],
} as const satisfies Record<TaskKind, readonly string[]>;
export type Decision = (typeof DECISIONS)[TaskKind][number];

export function isDecisionFor(kind: TaskKind, decision: string): decision is Decision {
  return (DECISIONS[kind] as readonly string[]).includes(decision);
}

/** Decisions that need a comment: anything but a plain approval or pass says why. */
export const needsComment = (decision: string): boolean => decision !== 'approve' && decision !== 'pass';

export const workflowIdFor = (proposalId: string): string => `proposal-${proposalId}`;
