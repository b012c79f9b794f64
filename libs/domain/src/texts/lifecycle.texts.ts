// Refusals of a step the lifecycle does not take at the proposal's stage (libs/domain/src/lifecycle).
export const LIFECYCLE_TEXTS = {
  stage_refuses_action: {
    kind: 'conflict',
    en: 'a proposal in {stage:stage} does not take {action:action}',
    ko: '{stage:stage} 단계의 제안에는 {action:action}을(를) 할 수 없습니다',
  },
} as const;
