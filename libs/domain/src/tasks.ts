import type { Decision, TaskKind, TaskStatus } from './lifecycle.js';

export interface TaskDecision {
  decision: Decision;
  comment: string;
  by: string;
  at: string;
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
  decision?: TaskDecision;
}

export const isTaskOpen = (task: Pick<HumanTask, 'status'>): boolean => task.status === 'open' || task.status === 'claimed';
