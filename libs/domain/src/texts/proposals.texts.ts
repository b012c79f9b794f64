// Refusals of steps on proposals that are not about one field or the stage (lifecycle.texts.ts has that one).
export const PROPOSAL_TEXTS = {
  proposal_not_found: { kind: 'not_found', en: 'no proposal {id}', ko: '제안이 없습니다: {id}' },
  proposal_not_found_in_department: {
    kind: 'not_found',
    en: 'no proposal {id} in your department',
    ko: '소속 부서에 없는 제안입니다: {id}',
  },
  proposal_changed_meanwhile: {
    kind: 'conflict',
    en: 'the proposal changed while this request was being handled; load it again and repeat the request',
    ko: '요청을 처리하는 사이에 제안이 바뀌었습니다. 제안을 다시 불러와 다시 요청하십시오',
  },
  submission_in_progress: {
    kind: 'conflict',
    en: 'the draft is being submitted and takes no more edits',
    ko: '초안이 제출되는 중이므로 더 수정할 수 없습니다',
  },
  deployment_in_progress: {
    kind: 'conflict',
    en: 'the deployment is being recorded already',
    ko: '배포가 이미 기록되는 중입니다',
  },
  withdrawal_in_progress: {
    kind: 'conflict',
    en: 'the proposal is being withdrawn already',
    ko: '제안이 이미 철회되는 중입니다',
  },
  revision_in_progress: {
    kind: 'conflict',
    en: 'a revision has been sent already and is being acted on',
    ko: '보완 제출이 이미 접수되어 처리되는 중입니다',
  },
  screening_done: {
    kind: 'conflict',
    en: 'the proposal has been screened already',
    ko: '제안의 선별 평가가 이미 끝났습니다',
  },
  screening_awaited: {
    kind: 'conflict',
    en: 'the screening of this proposal is being waited for already',
    ko: '이 제안의 선별 평가를 이미 기다리는 중입니다',
  },
  time_window_empty: {
    kind: 'unprocessable',
    en: 'the window must start before it ends',
    ko: '기간의 시작이 끝보다 앞서야 합니다',
  },
} as const;
