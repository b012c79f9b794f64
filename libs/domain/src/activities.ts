// The activities the lifecycle workflow calls, as an interface: workflows/ depends on this, not on
// activities/, so the one-way dependency rule of DESIGN §4 holds. Every one is idempotent.
import type { Assessment } from './assessment.js';
import type { ProposalStatus } from './lifecycle.js';
import type { ReviewPlan } from './review-plan.js';
import type { HumanTask } from './tasks.js';

/** One row of a proposal's audit log; its id is made by the workflow so a retry inserts nothing new. */
export interface AuditEntry {
  id: string;
  proposalId: string;
  at: string;
  actor: string;
  action: string;
  fromStatus?: ProposalStatus;
  toStatus?: ProposalStatus;
  rationale?: string;
}

export interface ScreeningResult {
  assessment: Assessment;
  plan: ReviewPlan;
}

export interface LifecycleActivities {
  /** Scores the stored assessment under the pinned policy, stores tier and scores, returns the review plan. */
  screenProposal(input: { proposalId: string; policyVersion: string }): Promise<ScreeningResult>;
  /** Moves the read model to the entry's toStatus and appends the entry. */
  recordTransition(entry: AuditEntry): Promise<void>;
  /** Inserts new tasks into the read model (inboxes) and appends one entry for the round. */
  openTasks(input: { tasks: HumanTask[]; entry: AuditEntry }): Promise<void>;
  /** Writes a task's new state (claim, release, decision, cancellation) with its audit entry. */
  recordTaskChange(input: { task: HumanTask; entry: AuditEntry }): Promise<void>;
}
