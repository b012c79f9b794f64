import { localize, preferredLanguage, toKorean } from './localize.js';

describe('preferredLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['ko', 'ko'],
    ['ko-KR,ko;q=0.9,en-US;q=0.8', 'ko'],
    ['en-US,en;q=0.9,ko;q=0.8', 'en'],
    ['fr, ko;q=0.5', 'ko'],
    ['ko;q=0.2, en;q=0.9', 'en'],
    ['ko;q=abc', 'en'],
  ])('%s → %s', (header, language) => {
    expect(preferredLanguage(header)).toBe(language);
  });
});

describe('toKorean', () => {
  // What the API actually says in a 4xx: class-validator, the pipes, the domain rules, the workflow.
  it.each([
    ['property foo should not exist', 'foo 항목은 허용되지 않습니다'],
    [
      'title must be longer than or equal to 1 and shorter than or equal to 200 characters',
      'title 항목은 1자 이상 200자 이하여야 합니다',
    ],
    [
      'systemType must be one of the following values: in_house, vendor, generative',
      'systemType 항목은 다음 중 하나여야 합니다: in_house, vendor, generative',
    ],
    ['personalData must be a boolean value', 'personalData 항목은 true 또는 false여야 합니다'],
    ['Validation failed (uuid v4 is expected)', '경로의 id는 UUID여야 합니다'],
    ['answers.pi_budget is not a question of policy 2026.1', 'answers.pi_budget: 정책 2026.1에 없는 질문입니다'],
    ['answers.fr_rights_affected is required from tier III on', 'answers.fr_rights_affected 항목은 III등급부터 필수입니다'],
    ['evidence.c-1 is required', 'evidence.c-1 항목은 필수입니다'],
    ['development sign-in is off on this server', '이 서버에서는 개발용 로그인을 쓸 수 없습니다'],
    ['comment is required for request_changes', 'request_changes 결정에는 comment가 필요합니다'],
    ['you cannot review a proposal of your own department (WELFARE)', '소속 부서(WELFARE)의 제안은 검토할 수 없습니다'],
    ['the bearer token is invalid or expired', 'Bearer 토큰이 유효하지 않거나 만료되었습니다'],
    [
      'withdrawing needs the proposal in SUBMITTED or EXPERT_REVIEW; it is DRAFT',
      'withdrawing: 제안이 SUBMITTED, EXPERT_REVIEW 단계여야 하는데 지금은 DRAFT입니다',
    ],
    ['too many requests; try again in 12 s', '요청이 너무 많습니다. 12초 뒤에 다시 시도하세요'],
    ['reply is required; answers.x must be text', 'reply 항목은 필수입니다; answers.x 항목은 글이어야 합니다'],
    ['the workflow service is unreachable; try again shortly', '워크플로 서비스에 연결할 수 없습니다. 잠시 뒤 다시 시도하세요'],
    [
      'you declared a conflict of interest with the department WELFARE',
      'the department WELFARE에 대해 이해충돌을 신고하셨습니다',
    ],
    [
      'park.expert is deactivated in the directory: ask an administrator',
      'park.expert은(는) 비활성화된 사용자입니다. 관리자에게 문의하세요',
    ],
    [
      'the bearer token is invalid or expired: token claims are invalid: roles',
      'Bearer 토큰이 유효하지 않습니다: roles 클레임이 잘못되었습니다',
    ],
    [
      'nothing to change: give one of domains, conflicts, active',
      '바꿀 내용이 없습니다. 다음 중 하나를 보내세요: domains, conflicts, active',
    ],
  ])('%s', (english, korean) => {
    expect(toKorean(english)).toBe(korean);
  });

  it('keeps an unforeseen message after a Korean lead rather than lose it', () => {
    expect(toKorean('a brand new rule')).toBe('요청을 처리할 수 없습니다: a brand new rule');
  });
});

describe('localize', () => {
  const reply = { statusCode: 400, error: 'Bad Request', message: ['reply is required', 'property x should not exist'] };
  it('translates each message for a Korean reader and leaves the rest of the reply as it is', () => {
    expect(localize(reply, 'ko-KR')).toEqual({ ...reply, message: ['reply 항목은 필수입니다', 'x 항목은 허용되지 않습니다'] });
    expect(localize(reply, 'en')).toBe(reply);
  });
});
