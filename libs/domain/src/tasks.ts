import type { Decision, TaskKind, TaskStatus } from './lifecycle.js';

export interface TaskDecision {
  decision: Decision;
  comment: string;
  by: string;
  at: string;
  /** The conditions of an approve_with_conditions. */
  conditions?: string[];
}

/** A condition of a conditional sign-off; deployment needs evidence for each. */
export interface Condition {
  id: string;
  text: string;
  evidence?: string;
}

/** A human task as the workflow holds it; the read model mirrors it for inboxes. */
export interface HumanTask {
  id: string;
  proposalId: string;
  kind: TaskKind;
  domain: string;
  round: number;
  status: TaskStatus;
  candidateGroup: string;
  assignee: string | null;
  dueAt: string;
  escalationLevel: number;
  /** When the reminder went out, once. */
  remindedAt?: string;
  decision?: TaskDecision;
}

export const isTaskOpen = (task: Pick<HumanTask, 'status'>): boolean => task.status === 'open' || task.status === 'claimed';
