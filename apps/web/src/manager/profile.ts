// The proposal's own fields (DESIGN §5.1 create/patch) as the forms hold them, and as the API takes them.
import type { Proposal, ProposalDraft } from '../api/client.js';

export type Profile = Omit<ProposalDraft, 'answers'>;
export const PROFILE_FIELDS = [
  'title',
  'summary',
  'purpose',
  'systemType',
  'vendor',
  'automation',
  'highImpactArea',
  'overseerContact',
];

export const emptyProfile = (): Profile => ({
  title: '',
  summary: '',
  purpose: '',
  systemType: 'in_house',
  automation: 'advisory',
  highImpactArea: null,
  personalData: false,
  affectsVulnerableGroups: false,
});

/** Optional text fields left empty are not sent (the API takes them as absent, not as blank). */
export function withoutBlanks(profile: Profile): Profile {
  const { vendor, overseerContact, ...rest } = profile;
  return {
    ...rest,
    ...(vendor && rest.systemType !== 'in_house' ? { vendor } : {}),
    ...(overseerContact ? { overseerContact } : {}),
  };
}

/** The editable fields of a stored proposal. */
export const profileOf = (p: Proposal): Profile => ({
  title: p.title,
  summary: p.summary,
  purpose: p.purpose,
  systemType: p.systemType as Profile['systemType'],
  vendor: p.vendor ?? undefined,
  automation: p.automation as Profile['automation'],
  highImpactArea: p.highImpactArea ?? null,
  personalData: p.personalData,
  affectsVulnerableGroups: p.affectsVulnerableGroups,
  overseerContact: p.overseerContact ?? undefined,
});
