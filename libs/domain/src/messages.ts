// The one definition of the lifecycle workflow's messages, imported by the API (to send) and by the
// workflow (to handle). Decisions are Updates with synchronous validators; reads are Queries.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from './actors.js';
import type { ProposalStatus } from './lifecycle.js';
import type { Tier } from './policy/index.js';
import type { HumanTask } from './tasks.js';

export const LIFECYCLE_WORKFLOW = 'proposalLifecycle';

export interface LifecycleInput {
  proposalId: string;
  department: string;
  policyVersion: string;
  submittedBy: string;
}

export interface LifecycleState {
  proposalId: string;
  department: string;
  status: ProposalStatus;
  tier: Tier | null;
  round: number;
  tasks: HumanTask[];
}

export interface TaskUpdate {
  taskId: string;
  actor: Actor;
}
export interface CompleteTaskUpdate extends TaskUpdate {
  decision: string;
  comment: string;
}

export const claimTaskUpdate = defineUpdate<HumanTask, [TaskUpdate]>('claimTask');
export const releaseTaskUpdate = defineUpdate<HumanTask, [TaskUpdate]>('releaseTask');
export const completeTaskUpdate = defineUpdate<HumanTask, [CompleteTaskUpdate]>('completeTask');
export const stateQuery = defineQuery<LifecycleState>('state');
/** Returns once screening has scored the proposal and its first reviews are in the inboxes. */
export const awaitScreeningUpdate = defineUpdate<ProposalStatus, []>('awaitScreening');

/** ApplicationFailure types a validator throws; the API maps each to its HTTP status. */
export const REFUSAL_FAILURE_TYPES = {
  forbidden: 'BareunForbidden',
  conflict: 'BareunConflict',
  invalid: 'BareunInvalid',
  not_found: 'BareunNotFound',
} as const;
