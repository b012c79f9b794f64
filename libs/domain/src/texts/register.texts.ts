// What the public AI register tells citizens about a deployed system (activities/register-entry.ts): how
// people oversee it, by its degree of automation; the notice that AI is used, by its type; its risk tier.
export const REGISTER_TEXTS = {
  register_oversight_advisory: {
    en: 'The AI only advises; a city official makes every decision.',
    ko: 'AI는 참고 정보만 제공하며, 결정은 담당 공무원이 내립니다.',
  },
  register_oversight_human_in_the_loop: {
    en: 'A city official reviews and confirms every AI result before it takes effect.',
    ko: 'AI의 결과는 담당 공무원이 검토하고 확정합니다.',
  },
  register_oversight_fully_automated: {
    en: 'The AI decides automatically; the department oversees the results and handles objections.',
    ko: 'AI가 자동으로 처리하며, 담당 부서가 결과를 감독하고 이의 신청을 처리합니다.',
  },
  register_notice_generative: { en: 'This service uses generative AI.', ko: '이 서비스는 생성형 AI를 사용합니다.' },
  register_notice_ai: { en: 'This service uses AI.', ko: '이 서비스는 인공지능(AI)을 사용합니다.' },
  register_risk_tier: { en: 'Risk tier {tier:tier}', ko: '위험 등급 {tier:tier}' },
  // Where the department named no contact for the system: its own public contact, else its name alone.
  register_contact_department: { en: '{department} — {contact}', ko: '{department} — {contact}' },
  register_contact_department_only: { en: '{department}', ko: '{department}' },
} as const;
