// What the public AI register says about a deployed system, built from the proposal record alone: the
// texts a citizen reads (DESIGN §3), never the reviewers' comments or the assessment's answers. Each text
// is kept in Korean and English together (the register's fields) and as codes (`texts`) for one language.
import { codedReason, type Message, message, type RegisterStatus, type RegisterTexts, type Template, textOf } from '#domain';
import type { DepartmentEntity, ProposalEntity, RegisterEntryEntity } from '#persistence';
import { ApplicationFailure } from '@temporalio/activity';

export type RegisterEntryFields = Omit<RegisterEntryEntity, 'proposalId' | 'publishedAt' | 'updatedAt'>;

const bilingual = (text: Message) => `${textOf('ko', text)} / ${textOf('en', text)}`;

/**
 * Whom citizens ask, where the proposal named nobody: the department's public contact, else the department.
 * Never the author: their id is internal.
 */
const fallbackContact = (department: Template, publicContact: string | undefined): Message =>
  publicContact
    ? message('register_contact_department', { department, contact: publicContact })
    : message('register_contact_department_only', { department });

function registerTextsOf(
  proposal: ProposalEntity & { tier: NonNullable<ProposalEntity['tier']> },
  department: Template,
  publicContact: string | undefined,
): RegisterTexts {
  const contact = proposal.overseerContact?.trim();
  return {
    department,
    ...(!contact && { overseerContact: fallbackContact(department, publicContact) }),
    humanOversight: message(`register_oversight_${proposal.automation}`, {}),
    aiNotice: message(proposal.systemType === 'generative' ? 'register_notice_generative' : 'register_notice_ai', {}),
    riskSummary: [message('register_risk_tier', { tier: proposal.tier }), ...(proposal.scores?.reasons ?? []).map(codedReason)],
  };
}

export function registerEntryOf(
  proposal: ProposalEntity,
  department: DepartmentEntity | null,
  { status, deployedVersion, reviewSummary }: { status: RegisterStatus; deployedVersion: string; reviewSummary?: string },
): RegisterEntryFields {
  if (proposal.tier === null) {
    // Only a screened (and approved) proposal is deployed: this is a bug of the caller, not a passing fault.
    throw ApplicationFailure.nonRetryable(`proposal ${proposal.id} has no tier to publish`, 'BareunInvalid');
  }
  const name = department
    ? { ko: department.nameKo, en: department.nameEn }
    : { ko: proposal.department, en: proposal.department };
  const departmentName = department ? `${name.ko} (${name.en})` : proposal.department;
  const publicContact = department?.publicContact?.trim() || undefined;
  const texts = registerTextsOf({ ...proposal, tier: proposal.tier }, name, publicContact);
  const [riskTier, ...reasons] = texts.riskSummary;
  return {
    name: proposal.title,
    departmentCode: proposal.department,
    departmentName,
    purpose: proposal.purpose,
    tier: proposal.tier,
    humanOversight: bilingual(texts.humanOversight),
    overseerContact:
      proposal.overseerContact?.trim() || (publicContact ? `${departmentName} — ${publicContact}` : departmentName),
    aiNotice: bilingual(texts.aiNotice),
    // The tier in both languages and the reasons in English, as this field has them; `texts` has all in both.
    riskSummary: [bilingual(riskTier), ...reasons.map((r) => textOf('en', r))].join('; '),
    texts,
    // DESIGN §3: the review summary is published for tier IV only.
    reviewSummary: proposal.tier === 4 ? (reviewSummary ?? null) : null,
    status,
    deployedVersion,
  };
}
