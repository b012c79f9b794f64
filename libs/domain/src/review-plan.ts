import type { ReviewDomain } from './actors.js';
import { type AnswerSchema, answerSchemaOf } from './assessment.js';
import type { Deadlines, NotificationPolicy, Policy, ReviewPath, SeparationOfDuties, Tier } from './policy/index.js';

/** What the workflow needs of the policy to run a proposal; fixed at each screening, from the pinned version. */
export interface ReviewPlan {
  tier: Tier;
  domains: ReviewDomain[];
  signoff: ReviewPath['signoff'];
  reauditMonths: number;
  maxRounds: number;
  deadlines: Deadlines;
  /** For the workflow's own checks of revised answers: it cannot load policy files itself. */
  answerSchema: AnswerSchema;
  /** How notifications are retried. */
  notifications: NotificationPolicy;
  /** Who may decide what of the proposal; absent from plans made before it was policy data (the default holds). */
  separationOfDuties?: SeparationOfDuties;
}

export function reviewPlanFor(policy: Policy, tier: Tier, affectsVulnerableGroups: boolean): ReviewPlan {
  const path = policy.reviewPaths[tier];
  return {
    tier,
    domains: affectsVulnerableGroups ? [...path.domains, ...path.domainsIfVulnerable] : [...path.domains],
    signoff: path.signoff,
    reauditMonths: path.reauditMonths,
    maxRounds: policy.maxRounds,
    deadlines: policy.deadlines,
    answerSchema: answerSchemaOf(policy),
    notifications: policy.notifications,
    separationOfDuties: policy.separationOfDuties,
  };
}
