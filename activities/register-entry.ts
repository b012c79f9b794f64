// What the public AI register says about a deployed system, built from the proposal record alone: the
// texts a citizen reads (DESIGN §3), never the reviewers' comments or the assessment's answers.
import { type RegisterStatus, TIER_NAMES } from '#domain';
import type { DepartmentEntity, ProposalEntity, RegisterEntryEntity } from '#persistence';
import { ApplicationFailure } from '@temporalio/activity';

const HUMAN_OVERSIGHT: Record<ProposalEntity['automation'], string> = {
  advisory:
    'AI는 참고 정보만 제공하며, 결정은 담당 공무원이 내립니다. / The AI only advises; a city official makes every decision.',
  human_in_the_loop:
    'AI의 결과는 담당 공무원이 검토하고 확정합니다. / A city official reviews and confirms every AI result before it takes effect.',
  fully_automated:
    'AI가 자동으로 처리하며, 담당 부서가 결과를 감독하고 이의 신청을 처리합니다. / The AI decides automatically; the department oversees the results and handles objections.',
};

const AI_NOTICE = {
  generative: '이 서비스는 생성형 AI를 사용합니다. / This service uses generative AI.',
  other: '이 서비스는 인공지능(AI)을 사용합니다. / This service uses AI.',
};

export type RegisterEntryFields = Omit<RegisterEntryEntity, 'proposalId' | 'publishedAt' | 'updatedAt'>;

export function registerEntryOf(
  proposal: ProposalEntity,
  department: DepartmentEntity | null,
  { status, deployedVersion, reviewSummary }: { status: RegisterStatus; deployedVersion: string; reviewSummary?: string },
): RegisterEntryFields {
  if (proposal.tier === null) {
    // Only a screened (and approved) proposal is deployed: this is a bug of the caller, not a passing fault.
    throw ApplicationFailure.nonRetryable(`proposal ${proposal.id} has no tier to publish`, 'BareunInvalid');
  }
  const departmentName = department ? `${department.nameKo} (${department.nameEn})` : proposal.department;
  const reasons = proposal.scores?.reasons ?? [];
  return {
    name: proposal.title,
    departmentCode: proposal.department,
    departmentName,
    purpose: proposal.purpose,
    tier: proposal.tier,
    humanOversight: HUMAN_OVERSIGHT[proposal.automation],
    overseerContact: proposal.overseerContact?.trim() || `${departmentName} — ${proposal.createdBy}`,
    aiNotice: proposal.systemType === 'generative' ? AI_NOTICE.generative : AI_NOTICE.other,
    riskSummary: [`위험 등급 ${TIER_NAMES[proposal.tier]} / Risk tier ${TIER_NAMES[proposal.tier]}`, ...reasons].join('; '),
    // DESIGN §3: the review summary is published for tier IV only.
    reviewSummary: proposal.tier === 4 ? (reviewSummary ?? null) : null,
    status,
    deployedVersion,
  };
}
