// Refusals of steps on proposals that are not about one field or the stage (lifecycle.texts.ts has that one).
export const PROPOSAL_TEXTS = {
  proposal_not_found: { kind: 'not_found', en: 'no proposal {id}', ko: '제안이 없습니다: {id}' },
  proposal_not_found_in_department: {
    kind: 'not_found',
    en: 'no proposal {id} in your department',
    ko: '소속 부서에 없는 제안입니다: {id}',
  },
  deployment_in_progress: {
    kind: 'conflict',
    en: 'the deployment is being recorded already',
    ko: '배포가 이미 기록되는 중입니다',
  },
  time_window_empty: {
    kind: 'invalid',
    en: 'the window must start before it ends',
    ko: '기간의 시작이 끝보다 앞서야 합니다',
  },
} as const;
