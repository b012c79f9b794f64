// Refusals of a step the lifecycle does not take at the proposal's stage (libs/domain/src/lifecycle), and of a
// retry of its writes when none waits (workflows/attention.ts).
export const LIFECYCLE_TEXTS = {
  nothing_needs_attention: {
    kind: 'conflict',
    en: 'no write of this proposal waits for a retry',
    ko: '이 제안에는 재시도를 기다리는 기록이 없습니다',
  },
  attention_retry_underway: {
    kind: 'conflict',
    en: 'a retry of this proposal is already under way',
    ko: '이 제안의 재시도가 이미 진행 중입니다',
  },
  stage_refuses_action: {
    kind: 'conflict',
    en: 'a proposal in {stage:stage} does not take {action:action}',
    ko: '{stage:stage} 단계의 제안에는 {action:action}을(를) 할 수 없습니다',
  },
} as const;
