// The first, small questionnaire: enough to score a proposal on all five principles of the Seoul
// AI Ethics Guidelines. Policy as data: nothing here is read by code other than through Policy.
import type { Policy, Question, QuestionOption } from './types.js';

const opt = (id: string, points: number, ko: string, en: string): QuestionOption => ({ id, points, label: { ko, en } });
const yesNo = (yesPoints: number, noPoints: number) => [opt('yes', yesPoints, '예', 'Yes'), opt('no', noPoints, '아니오', 'No')];
const q = (question: Omit<Question, 'required'> & { required?: boolean }): Question => ({ required: true, ...question });

export const POLICY_2026_1: Policy = {
  version: '2026.1',
  sections: [
    {
      id: 'profile',
      title: { ko: '시스템 개요', en: 'System profile' },
      questions: [
        q({
          id: 'profile_data_sources',
          kind: 'text',
          scoring: 'profile',
          concerns: ['transparency'],
          options: [],
          text: {
            ko: '시스템이 사용하는 데이터와 그 출처를 적어 주십시오.',
            en: 'Describe the data the system uses and where it comes from.',
          },
        }),
      ],
    },
    {
      id: 'public_interest',
      title: { ko: '공공성', en: 'Public interest' },
      questions: [
        q({
          id: 'pi_people_affected',
          kind: 'single',
          scoring: 'impact',
          concerns: ['citizens_rights'],
          text: { ko: '시스템의 영향을 받는 시민은 몇 명입니까?', en: 'How many citizens does the system affect?' },
          options: [
            opt('under_1k', 0, '1천 명 미만', 'Fewer than 1,000'),
            opt('under_100k', 2, '1천~10만 명', '1,000 to 100,000'),
            opt('over_100k', 4, '10만 명 이상', 'More than 100,000'),
          ],
        }),
      ],
    },
    {
      id: 'fairness',
      title: { ko: '공정성', en: 'Fairness' },
      questions: [
        q({
          id: 'fa_effect_on_entitlements',
          kind: 'single',
          scoring: 'impact',
          concerns: ['citizens_rights', 'vulnerable_groups'],
          text: {
            ko: '시스템의 결과가 개인의 권리나 혜택에 영향을 줍니까?',
            en: "Do the system's outputs affect a person's rights or benefits?",
          },
          options: [
            opt('no', 0, '아니오', 'No'),
            opt('indirectly', 2, '간접적으로', 'Indirectly'),
            opt('directly', 4, '직접적으로', 'Directly'),
          ],
        }),
        q({
          id: 'fa_bias_tested',
          kind: 'single',
          scoring: 'mitigation',
          concerns: ['reliability', 'vulnerable_groups'],
          text: { ko: '집단별 편향을 검사했습니까?', en: 'Has the system been tested for bias across groups?' },
          options: yesNo(2, 0),
        }),
      ],
    },
    {
      id: 'transparency',
      title: { ko: '투명성', en: 'Transparency' },
      questions: [
        q({
          id: 'tr_explainability',
          kind: 'single',
          scoring: 'impact',
          concerns: ['transparency'],
          text: { ko: '시스템의 결과를 시민에게 설명할 수 있습니까?', en: "Can the system's outputs be explained to citizens?" },
          options: [opt('fully', 0, '완전히', 'Fully'), opt('partly', 2, '부분적으로', 'Partly'), opt('no', 3, '아니오', 'No')],
        }),
        q({
          id: 'tr_ai_notice',
          kind: 'single',
          scoring: 'mitigation',
          concerns: ['transparency', 'citizens_rights'],
          text: { ko: '시민에게 AI 사용 사실을 고지합니까?', en: 'Are citizens told that AI is used?' },
          options: yesNo(2, 0),
        }),
      ],
    },
    {
      id: 'accountability',
      title: { ko: '책임성', en: 'Accountability' },
      questions: [
        q({
          id: 'ac_reversibility',
          kind: 'single',
          scoring: 'impact',
          concerns: ['accountability', 'citizens_rights'],
          text: { ko: '시스템에 따른 결정을 되돌릴 수 있습니까?', en: 'Can decisions made with the system be reversed?' },
          options: [
            opt('easily', 0, '쉽게 가능', 'Easily'),
            opt('with_effort', 2, '노력이 필요', 'With effort'),
            opt('irreversible', 4, '불가능', 'Not at all'),
          ],
        }),
        q({
          id: 'ac_human_override',
          kind: 'single',
          scoring: 'mitigation',
          concerns: ['accountability'],
          text: {
            ko: '담당자가 시스템의 결과를 검토하고 번복할 수 있습니까?',
            en: "Can an official review and override the system's output?",
          },
          options: yesNo(2, 0),
        }),
      ],
    },
    {
      id: 'safety',
      title: { ko: '안전성', en: 'Safety' },
      questions: [
        q({
          id: 'sa_failure_harm',
          kind: 'single',
          scoring: 'impact',
          concerns: ['reliability'],
          text: { ko: '시스템이 실패하면 어떤 피해가 생깁니까?', en: 'What harm follows if the system fails?' },
          options: [
            opt('minor', 0, '경미함', 'Minor'),
            opt('moderate', 2, '중간', 'Moderate'),
            opt('severe', 4, '심각함', 'Severe'),
          ],
        }),
        q({
          id: 'sa_data_kinds',
          kind: 'multi',
          scoring: 'impact',
          concerns: ['citizens_rights', 'vulnerable_groups'],
          text: {
            ko: '어떤 종류의 데이터를 처리합니까? (복수 선택)',
            en: 'Which kinds of data does it process? (choose all that apply)',
          },
          options: [
            opt('public', 0, '공개 데이터', 'Public data'),
            opt('personal', 2, '개인정보', 'Personal data'),
            opt('sensitive', 3, '민감정보', 'Sensitive data'),
            opt('location', 1, '위치정보', 'Location data'),
          ],
        }),
        q({
          id: 'sa_fallback',
          kind: 'single',
          scoring: 'mitigation',
          concerns: ['reliability', 'vulnerable_groups'],
          text: {
            ko: '시스템 장애 시 대체 수단(비디지털 포함)이 있습니까?',
            en: 'Is there a fallback, including a non-digital one, when the system fails?',
          },
          options: yesNo(2, 0),
        }),
      ],
    },
  ],
  tierThresholds: [0.25, 0.5, 0.75],
  mitigation: { share: 0.8, reduction: 0.15 },
  highImpactAreas: [
    { id: 'energy', label: { ko: '에너지', en: 'Energy' } },
    { id: 'drinking_water', label: { ko: '먹는물', en: 'Drinking water' } },
    { id: 'health_care', label: { ko: '보건의료', en: 'Health care' } },
    { id: 'medical_devices', label: { ko: '의료기기', en: 'Medical devices' } },
    { id: 'nuclear', label: { ko: '원자력', en: 'Nuclear' } },
    { id: 'biometric_investigation', label: { ko: '범죄 수사용 생체인식', en: 'Biometric analysis for investigations' } },
    { id: 'hiring_credit', label: { ko: '채용·대출 심사', en: 'Hiring or credit decisions' } },
    { id: 'transport', label: { ko: '교통', en: 'Transport' } },
    {
      id: 'public_service_eligibility',
      label: { ko: '공공서비스 자격·비용 결정', en: 'Public-service eligibility or fee decisions' },
    },
    { id: 'student_evaluation', label: { ko: '학생 평가', en: 'Student evaluation' } },
  ],
  reviewPaths: {
    1: {
      domains: ['technical'],
      domainsIfVulnerable: [],
      signoff: { body: 'officer', members: 1, rule: 'single', quorum: 1 },
      reauditMonths: 24,
    },
    2: {
      domains: ['technical', 'ethics_social'],
      domainsIfVulnerable: [],
      signoff: { body: 'officer', members: 1, rule: 'single', quorum: 1 },
      reauditMonths: 12,
    },
    3: {
      domains: ['technical', 'ethics_social', 'privacy_legal'],
      domainsIfVulnerable: ['accessibility'],
      signoff: { body: 'committee', members: 3, rule: 'quorum', quorum: 2 },
      reauditMonths: 6,
    },
    4: {
      domains: ['technical', 'ethics_social', 'privacy_legal', 'external'],
      domainsIfVulnerable: ['accessibility'],
      signoff: { body: 'committee', members: 3, rule: 'unanimous', quorum: 3 },
      reauditMonths: 3,
    },
  },
  deadlines: {
    expertReviewDays: 10,
    signoffDays: 5,
    reauditDays: 14,
    revisionDays: 20,
    deploymentDays: 90,
    remediationDays: 30,
    remediationGraceDays: 14,
    reminderShare: 0.5,
    escalationIntervalDays: 2,
  },
  maxRounds: 3,
};
