// Example bodies for the OpenAPI document, by operation: what a caller copies to get started.
// Answers are keyed by question id; GET /api/questionnaire lists them with their options.
type Examples = Record<string, { summary: string; value: unknown }>;

const draft = {
  title: '복지 상담 안내 챗봇',
  summary: "Answers citizens' questions about welfare services and points them to the right office.",
  purpose: 'Shorter queues at district welfare offices.',
  systemType: 'in_house',
  automation: 'advisory',
  highImpactArea: null,
  personalData: false,
  affectsVulnerableGroups: false,
  answers: { pi_people_affected: 'under_1k', sa_data_kinds: ['public'], profile_data_sources: 'Published service guides' },
};

export const REQUEST_EXAMPLES: Record<string, Examples> = {
  'POST /api/proposals': { draft: { summary: 'a chatbot draft (answers abridged)', value: draft } },
  'PATCH /api/proposals/{id}': {
    title: { summary: 'a new title', value: { title: '복지 상담 안내 챗봇 (2차)' } },
    answers: { summary: 'changed answers only', value: { answers: { pi_people_affected: 'under_100k' } } },
  },
  'POST /api/proposals/{id}/assessment/preview': {
    answers: { summary: 'answers to try', value: { answers: { pi_people_affected: 'over_1m' } } },
  },
  'POST /api/proposals/{id}/revisions': {
    reply: {
      summary: 'an answer to a change request',
      value: { reply: '편향 검사 결과를 추가했습니다. / We added the bias test results.', answers: { fa_bias_tested: 'yes' } },
    },
  },
  'POST /api/proposals/{id}/withdraw': {
    reason: { summary: 'a withdrawal', value: { reason: '사업 계획이 변경되었습니다. / The project plan changed.' } },
  },
  'POST /api/proposals/{id}/deployment': {
    conditions: {
      summary: 'deployed, with evidence for each condition',
      value: { version: '1.0.0', evidence: { 'c-1': 'Monthly bias report: https://example.seoul.go.kr/reports/1' } },
    },
  },
  'POST /api/proposals/{id}/incidents': {
    high: {
      summary: 'a high-severity incident',
      value: { severity: 'high', description: '상담 답변에 잘못된 수급 기준이 안내됨' },
    },
  },
  'POST /api/sign-in/development': { picker: { summary: 'a demo user', value: { userId: 'kim.manager' } } },
  'POST /api/tasks/{id}/complete': {
    approve: { summary: 'approve', value: { decision: 'approve', comment: '' } },
    changes: {
      summary: 'request changes',
      value: { decision: 'request_changes', comment: '편향 검사 결과가 필요합니다. / Bias test results are needed.' },
    },
    conditional: {
      summary: 'a conditional sign-off',
      value: {
        decision: 'approve_with_conditions',
        comment: 'Approved on conditions.',
        conditions: ['Publish a monthly bias report'],
      },
    },
  },
  'POST /api/admin/tasks/{id}/reassign': {
    colleague: { summary: 'to another eligible expert', value: { assignee: 'park.expert' } },
  },
  'POST /api/admin/users/{id}/reassign-all': {
    absent: { summary: "an absent colleague's open tasks to one person", value: { assignee: 'park.expert' } },
  },
  'POST /api/admin/temporal-codec/decode': {
    sealed: {
      summary: "a payload of a run's history, as the Temporal UI sends it (metadata and data in base64)",
      value: {
        payloads: [
          { metadata: { encoding: 'YmluYXJ5L2VuY3J5cHRlZA==', 'encryption-key-id': 'MjAyNi0xMg==' }, data: 'q83vASNFZ4mrze8B' },
        ],
      },
    },
  },
  'PATCH /api/admin/users/{id}': {
    conflict: { summary: 'declare a conflict with a department', value: { conflicts: ['TRANSPORT'] } },
    domains: { summary: 'review domains', value: { domains: ['technical', 'privacy_legal'] } },
  },
};
