// The activities the lifecycle workflow calls, as an interface: workflows/ depends on this, not on
// activities/, so the one-way dependency rule of DESIGN §4 holds. Every one is idempotent.
import type { RecordedScores } from './assessment.js';
import type { ProposalStatus } from './lifecycle.js';
import type { ReviewPlan } from './review-plan.js';
import type { AttentionNeeded, ProposalChanges } from './messages.js';
import type { Answers, Tier } from './policy/index.js';
import type { Condition, HumanTask } from './tasks.js';
import type { Message, Template } from './texts/index.js';

/** One row of a proposal's audit log; its id is made by the workflow so a retry inserts nothing new. */
export interface AuditEntry {
  id: string;
  proposalId: string;
  at: string;
  actor: string;
  action: string;
  fromStatus?: ProposalStatus;
  toStatus?: ProposalStatus;
  /** Why, in English: a person's own words, or `detail` rendered (the hash chain covers this text). */
  rationale?: string;
  /** What the system said, as a code: its English is `rationale`; absent where a person's words are. */
  detail?: Message;
  /** The API request that asked for this step, when one did (for the logs, never for decisions). */
  requestId?: string;
}

export interface ScreeningResult {
  /** As recorded: histories from before reasons were coded hold string reasons. */
  assessment: { tier: Tier; scores: RecordedScores };
  plan: ReviewPlan;
}

export type RegisterStatus = 'in_use' | 'suspended' | 'retired';

/** A register entry's texts as codes, for a reader in one language (the entry also keeps them bilingual). */
export interface RegisterTexts {
  /** The department's name in each language (absent from entries published before it was kept). */
  department?: Template;
  /** Whom citizens ask, where the department named nobody: the department and the proposal's author. */
  overseerContact?: Message;
  humanOversight: Message;
  aiNotice: Message;
  /** The risk tier, then the reasons that decided it. */
  riskSummary: Message[];
}

/** A notification for whoever must act: a row of the outbox, delivered by a later activity. */
export interface Notification {
  id: string;
  proposalId: string;
  taskId?: string;
  kind: 'reminder' | 'escalation' | 'decision';
  /** A person's id, or a group: `experts:<domain>`, `ethics_officers`, `managers:<DEPT>`, `admins`. */
  recipients: string[];
  subject: string;
  body: string;
}

/**
 * A proposal's audit chain as one append left it: how many entries, and the newest one's hash. The workflow
 * keeps the head its own appends return, outside PostgreSQL, so verification notices a tail or a log removed.
 */
export interface AuditHead {
  entries: number;
  lastHash: string;
}

/** What every write with an audit entry answers (histories from before the head was kept hold nothing). */
export interface Appended {
  auditHead: AuditHead;
}

/** A submission's answer when the proposal was no longer a draft, so nothing was written. */
export interface NotADraft {
  notADraft: ProposalStatus;
}

export interface LifecycleActivities {
  /** Scores the stored assessment under the pinned policy, stores tier and scores, returns the review plan. */
  screenProposal(input: { proposalId: string; policyVersion: string }): Promise<ScreeningResult>;
  /**
   * Appends the entry and, when it has a toStatus, moves the read model to that stage; queues the
   * notification that tells of it, in the same transaction. A submission (an entry from DRAFT) is written
   * only on a draft: on a proposal at any other stage it writes nothing and answers that stage.
   */
  recordTransition(entry: AuditEntry, notification?: Notification): Promise<NotADraft | Appended | void>;
  /** Inserts new tasks into the read model (inboxes) and appends one entry for the round. */
  openTasks(input: { tasks: HumanTask[]; entry: AuditEntry }): Promise<Appended | void>;
  /** Writes a task's new state (claim, release, decision, cancellation) with its audit entry and notification. */
  recordTaskChange(input: { task: HumanTask; entry: AuditEntry; notification?: Notification }): Promise<Appended | void>;
  /** Stores the department's revised or edited answers (merged) and fields on the proposal, with the audit entry. */
  applyRevision(input: {
    proposalId: string;
    answers?: Answers;
    changes?: ProposalChanges;
    entry: AuditEntry;
  }): Promise<Appended | void>;
  /** Writes the proposal's sign-off conditions (and their evidence, once deployment records it). */
  recordConditions(input: { proposalId: string; conditions: Condition[]; entry: AuditEntry }): Promise<Appended | void>;
  /**
   * Publishes or updates the proposal's entry in the public AI register: built from the proposal record,
   * never with internal comments. `reviewSummary` is published for tier IV only.
   */
  publishRegisterEntry(input: {
    proposalId: string;
    status: RegisterStatus;
    deployedVersion: string;
    reviewSummary?: string;
    entry: AuditEntry;
  }): Promise<Appended | void>;
  /**
   * Sends a queued notification by email, once: marks it sent, or after the policy's attempts records the
   * error and gives up (a non-retryable failure). Retried with backoff until then. Runs on `mailTaskQueue`.
   */
  deliverNotification(input: { notificationId: string }): Promise<void>;
}

/**
 * The task queue email delivery runs on, beside the lifecycle's own: its slots are its own, so a slow mail
 * server never holds a lifecycle write back. The workflow schedules there; the worker polls it too.
 */
export const mailTaskQueue = (lifecycleQueue: string): string => `${lifecycleQueue}-mail`;

/**
 * The row that lets the stalled board show a write needing attention, with its error: written beside the
 * lifecycle's writes, best-effort (the workflow's state and its BareunAttention search attribute are the truth,
 * and reconcile mends a row that could not be written). `attention: null` removes it once the write succeeded.
 */
export interface AttentionActivities {
  recordAttention(input: { proposalId: string; attention: AttentionNeeded | null }): Promise<void>;
}

/** The day's signed digest of every proposal's audit chain head (activities/audit-digest.ts). */
export interface AuditDigestActivities {
  /** Publishes a digest of every chain's head now, linked to the newest one before it. */
  publishAuditDigest(input: Record<string, never>): Promise<{ day: string; chains: number; digestHash: string }>;
}

/** What one reconcile found and did. */
export interface ReconcileSummary {
  checked: number;
  /** Stage and task rows changed to what the workflow says, one audit entry each. */
  repairs: number;
  /** Runs found closed before their lifecycle ended (terminated, failed, timed out, cancelled), newly flagged. */
  flagged: number;
  /** Proposals whose workflow could not be read (no run, or it did not answer): left as they are. */
  unreadable: string[];
}

export interface ReconcileActivities {
  /** Compares the read model with each workflow's state; `proposalIds` limits it to those proposals. */
  reconcileReadModel(input: { proposalIds?: string[] }): Promise<ReconcileSummary>;
}
