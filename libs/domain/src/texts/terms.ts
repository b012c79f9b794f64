// The names of the domain's values as people read them, in both languages: stages, decisions, task kinds,
// review domains, roles, severities, tiers, the department's waits, register statuses. Templates name a term table in a placeholder ({to:stage}), and
// the console labels its values from the same tables.
import { FIELD_LABELS } from './field-labels.js';
import type { Template } from './template.js';

export const TERMS = {
  field: FIELD_LABELS,
  stage: {
    DRAFT: { ko: '초안', en: 'Draft' },
    SUBMITTED: { ko: '제출됨', en: 'Submitted' },
    SCREENING: { ko: '선별 평가', en: 'Screening' },
    EXPERT_REVIEW: { ko: '전문가 검토', en: 'Expert review' },
    REVISION_REQUESTED: { ko: '변경 요청됨', en: 'Changes requested' },
    ETHICS_SIGNOFF: { ko: '윤리 승인', en: 'Ethics sign-off' },
    APPROVED: { ko: '승인됨', en: 'Approved' },
    DEPLOYED: { ko: '배포됨', en: 'Deployed' },
    MONITORING: { ko: '운영 감시', en: 'Monitoring' },
    REAUDIT: { ko: '재감사', en: 'Re-audit' },
    REMEDIATION: { ko: '시정 중', en: 'Remediation' },
    SUSPENDED: { ko: '운영 중지', en: 'Suspended' },
    RETIRED: { ko: '폐기', en: 'Retired' },
    REJECTED: { ko: '반려', en: 'Rejected' },
    WITHDRAWN: { ko: '철회', en: 'Withdrawn' },
  },
  decision: {
    approve: { ko: '승인', en: 'Approve' },
    request_changes: { ko: '변경 요청', en: 'Request changes' },
    reject: { ko: '반려', en: 'Reject' },
    approve_with_conditions: { ko: '조건부 승인', en: 'Approve with conditions' },
    pass: { ko: '통과', en: 'Pass' },
    remediate: { ko: '시정 요구', en: 'Remediate' },
    suspend: { ko: '중지', en: 'Suspend' },
    retire: { ko: '폐기', en: 'Retire' },
  },
  kind: {
    expert_review: { ko: '전문가 검토', en: 'Expert review' },
    ethics_signoff: { ko: '윤리 승인', en: 'Ethics sign-off' },
    reaudit: { ko: '재감사', en: 'Re-audit' },
  },
  domain: {
    technical: { ko: '기술', en: 'Technical' },
    privacy_legal: { ko: '개인정보·법률', en: 'Privacy and law' },
    ethics_social: { ko: '윤리·사회', en: 'Ethics and society' },
    accessibility: { ko: '접근성', en: 'Accessibility' },
    external: { ko: '외부 전문가', en: 'External' },
    ethics: { ko: '윤리', en: 'Ethics' },
  },
  role: {
    department_manager: { ko: '부서 담당자', en: 'Department manager' },
    foundation_expert: { ko: '재단 전문가', en: 'Foundation expert' },
    ethics_officer: { ko: '윤리 담당관', en: 'Ethics officer' },
    admin: { ko: '관리자', en: 'Administrator' },
  },
  severity: {
    low: { ko: '낮음', en: 'Low' },
    high: { ko: '높음', en: 'High' },
    critical: { ko: '심각', en: 'Critical' },
  },
  tier: {
    1: { ko: 'I (낮음)', en: 'I (low)' },
    2: { ko: 'II (보통)', en: 'II (moderate)' },
    3: { ko: 'III (높음)', en: 'III (high)' },
    4: { ko: 'IV (매우 높음)', en: 'IV (very high)' },
  },
  systemType: {
    in_house: { ko: '자체 개발', en: 'In-house' },
    vendor: { ko: '외부 업체', en: 'Vendor' },
    generative: { ko: '생성형 AI', en: 'Generative AI' },
  },
  automation: {
    advisory: { ko: '참고용', en: 'Advisory' },
    human_in_the_loop: { ko: '사람이 검토 후 결정', en: 'A person decides after review' },
    fully_automated: { ko: '완전 자동 결정', en: 'Decides fully automatically' },
  },
  action: {
    edit: { ko: '내용 수정', en: 'editing' },
    submit: { ko: '제출', en: 'a submission' },
    revise: { ko: '보완 제출', en: 'a revision' },
    withdraw: { ko: '철회', en: 'a withdrawal' },
    deploy: { ko: '배포 기록', en: 'a deployment record' },
    report_incident: { ko: '사고 신고', en: 'an incident report' },
  },
  signoff: {
    officer: { ko: '윤리 담당관 1인', en: 'one ethics officer' },
    committee: { ko: '윤리 위원회', en: 'the ethics committee' },
  },
  /** What the lifecycle waits on the department for. */
  wait: {
    revision: { ko: '보완 제출', en: 'Revision' },
    deployment: { ko: '배포 기록', en: 'Deployment record' },
    remediation: { ko: '시정 조치', en: 'Remediation' },
  },
  registerStatus: {
    in_use: { ko: '운영 중', en: 'In use' },
    suspended: { ko: '운영 중지', en: 'Suspended' },
    retired: { ko: '폐기', en: 'Retired' },
  },
} as const satisfies Record<string, Record<string, Template>>;

export type TermTable = keyof typeof TERMS;
