import type { ReviewDomain } from './actors.js';
import { type AnswerSchema, answerSchemaOf } from './assessment.js';
import type { Deadlines, NotificationPolicy, Policy, ReviewPath, Tier } from './policy/index.js';

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
  /** How notifications are retried; absent from plans made before it was part of the policy. */
  notifications?: NotificationPolicy;
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
  };
}
