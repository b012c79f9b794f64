// The one definition of the lifecycle workflow's messages, imported by the API (to send) and by the
// workflow (to handle). Decisions are Updates with synchronous validators; reads are Queries.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { Actor } from './actors.js';
import type { ProposalStatus } from './lifecycle.js';
import type { Answers, Tier } from './policy/index.js';
import type { AuditHead, RegisterStatus } from './activities.js';
import type { ReviewPlan } from './review-plan.js';
import type { Condition, HumanTask } from './tasks.js';
import type { Refusal, RefusalKind } from './texts/index.js';

export const LIFECYCLE_WORKFLOW = 'proposalLifecycle';
/** The workflow the daily Schedule starts: it compares the read model with every workflow (workflows/reconcile.ts). */
export const RECONCILE_WORKFLOW = 'reconcile';
/** The workflow the daily audit digest Schedule starts (workflows/audit-digest.ts). */
export const AUDIT_DIGEST_WORKFLOW = 'auditDigest';

export interface LifecycleInput {
  proposalId: string;
  department: string;
  policyVersion: string;
  submittedBy: string;
  /** The API request that submitted it. */
  requestId?: string;
  /** Set when the workflow continues as new (at rest in any phase, or after a re-audit): what it carries over. */
  carried?: { state: LifecycleState; plan: ReviewPlan; incidents?: IncidentUpdate[] };
  /** A run continues as new once at rest past this many events (default 2,000); tests set fewer. */
  continueAsNewAfterEvents?: number;
}

interface Deployment {
  version: string;
  at: string;
  by: string;
}

export interface LifecycleState {
  proposalId: string;
  department: string;
  status: ProposalStatus;
  tier: Tier | null;
  /** Review round, from 1; each revision starts the next. */
  round: number;
  tasks: HumanTask[];
  conditions: Condition[];
  deployment?: Deployment;
  /** Completed re-audit cycles of the deployed system. */
  auditCycle: number;
  /** What the public register says of the system, once deployed. */
  registerStatus?: RegisterStatus;
  /** Published in the register for tier IV: which reviews and sign-off passed, never their comments. */
  reviewSummary?: string;
  /** The department's current wait, if the lifecycle waits on the department. */
  departmentWait?: DepartmentWait;
  /** In MONITORING: when the next re-audit is due. */
  nextReauditAt?: string;
  /** Set while a lifecycle write that failed past its retries waits for an administrator (workflows/attention.ts). */
  attention?: AttentionNeeded;
  /** The audit chain as the workflow's last append left it; kept across continue-as-new (absent before one). */
  auditHead?: AuditHead;
}

/** A lifecycle write that failed past its retries: it, and every write after it, waits for an administrator's retry. */
export interface AttentionNeeded {
  /** The activity that failed, by its name. */
  activity: string;
  /** Its last error, as the activity reported it. */
  error: string;
  /** When the write first failed past its retries. */
  since: string;
  /** The administrators' retries of it so far. */
  retries: number;
  /** From an administrator's retry until the write succeeds or fails again. */
  retrying: boolean;
}

export interface DepartmentWait {
  kind: 'revision' | 'deployment' | 'remediation';
  dueAt: string;
  escalationLevel: number;
  remindedAt?: string;
}

/** What every Update from a person carries: who, and the API request that sent it (for the logs). */
export interface ActorRequest {
  actor: Actor;
  requestId?: string;
}

export interface TaskUpdate extends ActorRequest {
  taskId: string;
}
export interface CompleteTaskUpdate extends TaskUpdate {
  decision: string;
  comment: string;
  conditions?: string[];
}
/** The department's own fields of a proposal: what a draft's edit, an edit in revision and a revision change. */
export interface ProposalChanges {
  title?: string;
  summary?: string;
  purpose?: string;
  systemType?: 'in_house' | 'vendor' | 'generative';
  vendor?: string;
  automation?: 'advisory' | 'human_in_the_loop' | 'fully_automated';
  highImpactArea?: string | null;
  personalData?: boolean;
  affectsVulnerableGroups?: boolean;
  overseerContact?: string;
}

/** An edit of a proposal sent back for revision (DESIGN §5: PATCH in REVISION_REQUESTED); the revision follows. */
export interface EditUpdate extends ActorRequest {
  changes: ProposalChanges;
  answers?: Answers;
}
export interface RevisionUpdate extends ActorRequest {
  reply: string;
  answers?: Answers;
  changes?: { title?: string; summary?: string; purpose?: string };
}
export interface WithdrawUpdate extends ActorRequest {
  reason: string;
}
export interface DeploymentUpdate extends ActorRequest {
  version: string;
  evidence: Record<string, string>;
}
export interface IncidentUpdate extends ActorRequest {
  severity: 'low' | 'high' | 'critical';
  description: string;
}

/** An admin's reassignment: `assignee` is the new person as the directory knows them. */
export interface ReassignTaskUpdate extends TaskUpdate {
  assignee: Actor;
}

export const claimTaskUpdate = defineUpdate<HumanTask, [TaskUpdate]>('claimTask');
export const reassignTaskUpdate = defineUpdate<HumanTask, [ReassignTaskUpdate]>('reassignTask');
export const releaseTaskUpdate = defineUpdate<HumanTask, [TaskUpdate]>('releaseTask');
export const completeTaskUpdate = defineUpdate<HumanTask, [CompleteTaskUpdate]>('completeTask');
/** The department's answer to a change request (REVISION_REQUESTED) or to a remediation (REMEDIATION). */
export const reviseUpdate = defineUpdate<ProposalStatus, [RevisionUpdate]>('revise');
export const editUpdate = defineUpdate<ProposalStatus, [EditUpdate]>('editProposal');
export const withdrawUpdate = defineUpdate<ProposalStatus, [WithdrawUpdate]>('withdraw');
export const recordDeploymentUpdate = defineUpdate<ProposalStatus, [DeploymentUpdate]>('recordDeployment');
export const reportIncidentUpdate = defineUpdate<ProposalStatus, [IncidentUpdate]>('reportIncident');
export const stateQuery = defineQuery<LifecycleState>('state');
/** The audit chain's head as the workflow knows it, for verification to compare with the table. */
export const auditHeadQuery = defineQuery<AuditHead | null>('auditHead');
/** An administrator's retry of the write that needs attention; answers at once, with what is being retried. */
export const retryWriteUpdate = defineUpdate<AttentionNeeded, [ActorRequest]>('retryWrite');
/** Returns once screening has scored the proposal and its first reviews are in the inboxes. */
export const awaitScreeningUpdate = defineUpdate<ProposalStatus, []>('awaitScreening');

/**
 * ApplicationFailure types a validator throws, by the refusal's kind. The failure's details carry the refusal
 * (RefusalDetails) for the API to render in the caller's language; its message is the English text, for logs.
 */
export const REFUSAL_FAILURE_TYPES = {
  invalid: 'BareunInvalid',
  unauthenticated: 'BareunUnauthenticated',
  forbidden: 'BareunForbidden',
  not_found: 'BareunNotFound',
  conflict: 'BareunConflict',
  too_large: 'BareunTooLarge',
  unsupported: 'BareunUnsupported',
  unprocessable: 'BareunUnprocessable',
  rate_limited: 'BareunRateLimited',
  unavailable: 'BareunUnavailable',
} as const satisfies Record<RefusalKind, string>;

/** The first detail of a refusal's ApplicationFailure. */
export type RefusalDetails = Pick<Refusal, 'code' | 'params' | 'fields'>;
