// Who acts (DESIGN §1). The API builds an Actor from the verified token; the workflow trusts only
// what arrives in an Update, and checks it again with the same rules (permissions.ts).
export const ROLES = ['department_manager', 'foundation_expert', 'ethics_officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const REVIEW_DOMAINS = ['technical', 'privacy_legal', 'ethics_social', 'accessibility', 'external'] as const;
export type ReviewDomain = (typeof REVIEW_DOMAINS)[number];

/** Who a verified token says its bearer is; the directory adds what only it knows (conflicts). */
export interface Identity {
  id: string;
  name: string;
  roles: Role[];
  department: string;
  domains: ReviewDomain[];
  email?: string;
}

export interface Actor {
  id: string;
  name: string;
  roles: Role[];
  department: string;
  domains: ReviewDomain[];
  /** Declared conflicts, from the directory: proposal ids and department codes this person never reviews. */
  conflicts: string[];
}

export const hasRole = (actor: Actor, role: Role): boolean => actor.roles.includes(role);

/** The candidate group of a task: experts by domain; sign-off by the officers' body. */
export function candidateGroupFor(kind: 'expert_review' | 'reaudit' | 'ethics_signoff', domain: string): string {
  return kind === 'ethics_signoff' ? 'ethics_officers' : `experts:${domain}`;
}

export function candidateGroupsOf(actor: Actor): string[] {
  const groups = hasRole(actor, 'foundation_expert') ? actor.domains.map((d) => `experts:${d}`) : [];
  if (hasRole(actor, 'ethics_officer')) groups.push('ethics_officers');
  return groups;
}
