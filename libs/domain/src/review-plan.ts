import type { ReviewDomain } from './actors.js';
import type { Policy, ReviewPath, Tier } from './policy/index.js';

/** What the workflow needs of the policy to run a proposal's reviews; fixed at screening. */
export interface ReviewPlan {
  tier: Tier;
  domains: ReviewDomain[];
  signoff: ReviewPath['signoff'];
  expertReviewDays: number;
  signoffDays: number;
}

export function reviewPlanFor(policy: Policy, tier: Tier, affectsVulnerableGroups: boolean): ReviewPlan {
  const path = policy.reviewPaths[tier];
  return {
    tier,
    domains: affectsVulnerableGroups ? [...path.domains, ...path.domainsIfVulnerable] : [...path.domains],
    signoff: path.signoff,
    expertReviewDays: policy.deadlines.expertReviewDays,
    signoffDays: policy.deadlines.signoffDays,
  };
}
