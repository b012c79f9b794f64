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
export const TIER_NAMES: Record<Tier, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

export interface QuestionOption {
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
}

export interface Section {
  id: Principle | 'profile';
  title: Label;
  questions: Question[];
}

export interface ReviewPath {
  domains: ReviewDomain[];
  /** Added when vulnerable groups are affected (DESIGN §3). */
  domainsIfVulnerable: ReviewDomain[];
  signoff: { body: 'officer' | 'committee'; members: number; rule: 'single' | 'quorum' | 'unanimous' };
  reauditMonths: number;
}

export interface Policy {
  version: string;
  sections: Section[];
  /** Upper bounds of the impact share for tiers I, II and III; above the last is IV. */
  tierThresholds: [number, number, number];
  mitigation: { share: number; reduction: number };
  highImpactAreas: { id: string; label: Label }[];
  reviewPaths: Record<Tier, ReviewPath>;
  /** Working time a task has before it is due, in days. */
  deadlines: { expertReviewDays: number; signoffDays: number };
}

export type Answers = Record<string, string | string[]>;
