import type { ReviewDomain } from '../actors.js';

export interface Label {
  ko: string;
  en: string;
}
export const PRINCIPLES = ['public_interest', 'fairness', 'transparency', 'accountability', 'safety'] as const;
export type Principle = (typeof PRINCIPLES)[number];
export const CONCERNS = ['reliability', 'transparency', 'accountability', 'citizens_rights', 'vulnerable_groups'] as const;
export type Concern = (typeof CONCERNS)[number];

export type Tier = 1 | 2 | 3 | 4;

interface QuestionOption {
  id: string;
  label: Label;
  /** Impact points (impact questions) or mitigation points (mitigation questions). */
  points: number;
}

export interface Question {
  id: string;
  text: Label;
  kind: 'single' | 'multi' | 'text';
  required: boolean;
  /** impact raises the score, mitigation lowers it, profile is recorded but not scored. */
  scoring: 'impact' | 'mitigation' | 'profile';
  concerns: Concern[];
  options: QuestionOption[];
  /** Required only from this tier on (the AI Basic Act's fundamental-rights items, from tier III). */
  requiredFromTier?: Tier;
}

interface Section {
  id: Principle | 'profile' | 'fundamental_rights';
  title: Label;
  questions: Question[];
}

export interface ReviewPath {
  domains: ReviewDomain[];
  /** Added when vulnerable groups are affected (DESIGN §3). */
  domainsIfVulnerable: ReviewDomain[];
  /** quorum: approved once `quorum` members approve; unanimous: every member must approve. */
  signoff: { body: 'officer' | 'committee'; members: number; rule: 'single' | 'quorum' | 'unanimous'; quorum: number };
  reauditMonths: number;
}

export interface Policy {
  version: string;
  sections: Section[];
  /** Upper bounds of the impact share for tiers I, II and III; above the last is IV. */
  tierThresholds: [number, number, number];
  mitigation: { share: number; reduction: number };
  highImpactAreas: { id: string; label: Label }[];
  /** Tiers that mitigation never lowers (DESIGN §3). */
  floors: {
    /** Any high-impact area of the AI Basic Act. */
    highImpactArea: Tier;
    /** These areas decided fully automatically. */
    fullyAutomated: { areas: string[]; tier: Tier };
    personalDataWithVulnerableGroups: Tier;
  };
  /** The answers the floor-driving flags a proposal declares must agree with (libs/domain/src/declarations.ts). */
  flagsFromAnswers?: FlagsFromAnswers;
  reviewPaths: Record<Tier, ReviewPath>;
  deadlines: Deadlines;
  /** Review rounds a proposal may take; past the last, a request for changes rejects it. */
  maxRounds: number;
  notifications: NotificationPolicy;
  separationOfDuties: SeparationOfDuties;
}

/** A flag that is true exactly when the answer to `question` names one of `whenAnyOf`. */
export interface FlagRule {
  question: string;
  whenAnyOf: string[];
}

/**
 * Where the policy's questionnaire answers what a proposal also declares as a field: personal data, vulnerable
 * groups, its automation (the option ids of `automation.question` are the automation levels). A flag without a
 * rule is taken as declared.
 */
interface FlagsFromAnswers {
  personalData?: FlagRule;
  affectsVulnerableGroups?: FlagRule;
  automation?: { question: string };
}

/** Separation of duties (DESIGN §1): how much of one proposal one person may decide. */
export interface SeparationOfDuties {
  /** Expert reviews of one proposal that one person may hold or decide in one round. */
  reviewsPerRound: number;
  /** Whether one who reviewed a proposal may also sign it off (false: nobody both reviews and signs off). */
  reviewerMaySignOff: boolean;
}

/** What holds where a policy file says nothing of it, and for a plan made before it was policy data. */
export const DEFAULT_SEPARATION_OF_DUTIES: SeparationOfDuties = { reviewsPerRound: 1, reviewerMaySignOff: false };

/** Every wait on a person has a due time (days), a reminder and repeated escalations. */
export interface Deadlines {
  expertReviewDays: number;
  signoffDays: number;
  reauditDays: number;
  /** The department's own waits. */
  revisionDays: number;
  deploymentDays: number;
  remediationDays: number;
  /** After a missed remediation deadline: days more before the system is suspended. */
  remediationGraceDays: number;
  /** Share of the due time at which the one reminder goes out. */
  reminderShare: number;
  /** The first escalation goes out at the due time, the next this many days later. */
  escalationIntervalDays: number;
  /** Each gap between escalations is this many times the one before. */
  escalationBackoff: number;
  /** The last escalation level: past it nobody is mailed again; the wait stays on the stalled board. */
  escalationLevels: number;
  /**
   * A wait idle this long is stalled even before its due time (a silent stall: nobody failed, nobody acted);
   * administrators find it in GET /api/admin/stalled.
   */
  stalledAfterDays: number;
}

/** How notifications are delivered by email. */
export interface NotificationPolicy {
  /** Delivery attempts per notification; after the last failure the error is recorded and it is given up. */
  attempts: number;
  /** The wait before the first retry, doubled at each further one. */
  firstRetrySeconds: number;
}

export type Answers = Record<string, string | string[]>;
