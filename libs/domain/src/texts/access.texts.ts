// Refusals of who the caller is and what they may do: the token, the roles, the directory of people.
export const ACCESS_TEXTS = {
  token_required: { kind: 'unauthenticated', en: 'a bearer token is required', ko: 'Bearer 토큰이 필요합니다' },
  token_invalid: {
    kind: 'unauthenticated',
    en: 'the bearer token is invalid or expired',
    ko: 'Bearer 토큰이 유효하지 않거나 만료되었습니다',
  },
  token_claim_invalid: {
    kind: 'unauthenticated',
    en: 'the bearer token is invalid: its claim {claim} is missing or wrong',
    ko: 'Bearer 토큰이 유효하지 않습니다: {claim} 클레임이 없거나 잘못되었습니다',
  },
  sign_on_unavailable: {
    kind: 'unavailable',
    en: 'the sign-on cannot be reached to check the token; try again shortly',
    ko: '통합 로그인 서비스에 연결할 수 없어 토큰을 확인하지 못했습니다. 잠시 뒤 다시 시도하세요',
  },
  too_many_requests: {
    kind: 'rate_limited',
    en: 'too many requests; try again in {seconds} s',
    ko: '요청이 너무 많습니다. {seconds}초 뒤에 다시 시도하세요',
  },
  endpoint_without_access_rule: {
    kind: 'forbidden',
    en: 'this endpoint declares no access rule',
    ko: '이 경로에는 접근 규칙이 없습니다',
  },
  role_required: {
    kind: 'forbidden',
    en: 'this needs one of the roles: {roles:role}',
    ko: '이 요청에는 다음 역할 중 하나가 필요합니다: {roles:role}',
  },
  user_deactivated: {
    kind: 'forbidden',
    en: '{user} is deactivated in the directory: ask an administrator',
    ko: '디렉터리에서 비활성화된 사용자입니다: {user}. 관리자에게 문의하세요',
  },
  admin_only: { kind: 'forbidden', en: 'only an administrator may do this', ko: '관리자만 할 수 있습니다' },
  department_manager_only: {
    kind: 'forbidden',
    en: 'only a manager of {department} may do this',
    ko: '{department} 부서의 담당자만 할 수 있습니다',
  },
  department_manager_or_admin_only: {
    kind: 'forbidden',
    en: 'only a manager of {department} or an administrator may do this',
    ko: '{department} 부서의 담당자나 관리자만 할 수 있습니다',
  },
  dev_sign_in_off: {
    kind: 'not_found',
    en: 'development sign-in is off on this server',
    ko: '이 서버에서는 개발용 로그인을 쓸 수 없습니다',
  },
  dev_sign_in_local_only: {
    kind: 'forbidden',
    en: 'development sign-in answers callers on this machine only',
    ko: '개발용 로그인은 이 컴퓨터에서 보낸 요청에만 응답합니다',
  },
  audit_digest_none: {
    kind: 'not_found',
    en: 'no audit digest has been published yet',
    ko: '아직 게시된 감사 기록 요약이 없습니다',
  },
  demo_user_not_found: { kind: 'not_found', en: 'there is no demo user {user}', ko: '데모 사용자가 아닙니다: {user}' },
  // the directory of people, as administrators edit it
  person_not_found: { kind: 'not_found', en: 'no person {id} in the directory', ko: '디렉터리에 없는 사람입니다: {id}' },
  person_inactive: {
    kind: 'unprocessable',
    en: '{id} is not active in the directory',
    ko: '디렉터리에서 비활성화된 사람입니다: {id}',
  },
  nothing_to_change: {
    kind: 'invalid',
    en: 'nothing to change: give one of {fields:field}',
    ko: '바꿀 내용이 없습니다. 다음 중 하나를 보내세요: {fields:field}',
  },
  cannot_deactivate_self: { kind: 'forbidden', en: 'you cannot deactivate yourself', ko: '자기 자신을 비활성화할 수는 없습니다' },
  conflict_target_malformed: {
    kind: 'invalid',
    en: 'each of {field:field} must be a proposal id or a department code',
    ko: '{field:field} 항목의 각 값은 제안 ID나 부서 코드여야 합니다',
  },
  conflict_names_no_proposal: {
    kind: 'unprocessable',
    en: '{field:field} names no proposal {ids}',
    ko: '{field:field} 항목에 없는 제안이 있습니다: {ids}',
  },
} as const;
