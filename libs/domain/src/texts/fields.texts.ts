// Problems of one field of a request: each names its field by path (`title`, `changes.title`,
// `answers.pi_people_affected`), rendered by the field table of terms.ts where it has a label. The request's
// field validation (class-validator's constraints), the answers' and the evidence's checks all speak these.
export const FIELD_TEXTS = {
  field_invalid: { kind: 'invalid', en: '{field:field} is not valid', ko: '{field:field} 항목의 값이 올바르지 않습니다' },
  field_not_allowed: { kind: 'invalid', en: '{field:field} is not allowed here', ko: '{field:field} 항목은 허용되지 않습니다' },
  field_required: { kind: 'invalid', en: '{field:field} is required', ko: '{field:field} 항목은 필수입니다' },
  field_blank: { kind: 'invalid', en: '{field:field} must not be blank', ko: '{field:field} 항목은 비어 있을 수 없습니다' },
  field_not_text: { kind: 'invalid', en: '{field:field} must be text', ko: '{field:field} 항목은 글이어야 합니다' },
  field_not_boolean: {
    kind: 'invalid',
    en: '{field:field} must be true or false',
    ko: '{field:field} 항목은 참이나 거짓이어야 합니다',
  },
  field_not_object: { kind: 'invalid', en: '{field:field} must be an object', ko: '{field:field} 항목은 객체여야 합니다' },
  field_not_list: { kind: 'invalid', en: '{field:field} must be a list', ko: '{field:field} 항목은 목록이어야 합니다' },
  field_not_integer: { kind: 'invalid', en: '{field:field} must be a whole number', ko: '{field:field} 항목은 정수여야 합니다' },
  field_too_small: {
    kind: 'invalid',
    en: '{field:field} must be at least {min}',
    ko: '{field:field} 항목은 {min} 이상이어야 합니다',
  },
  field_too_large: {
    kind: 'invalid',
    en: '{field:field} must be at most {max}',
    ko: '{field:field} 항목은 {max} 이하여야 합니다',
  },
  field_not_date_time: {
    kind: 'invalid',
    en: '{field:field} must be a date and time (ISO 8601)',
    ko: '{field:field} 항목은 국제 표준 형식의 날짜와 시각이어야 합니다',
  },
  field_not_one_of: {
    kind: 'invalid',
    en: '{field:field} must be one of {values}',
    ko: '{field:field} 항목은 다음 중 하나여야 합니다: {values}',
  },
  field_not_distinct_options: {
    kind: 'invalid',
    en: '{field:field} must be a list of distinct options from {values}',
    ko: '{field:field} 항목은 다음 선택지 중 서로 다른 것들의 목록이어야 합니다: {values}',
  },
  field_length: {
    kind: 'invalid',
    en: '{field:field} must be {min} to {max} characters long',
    ko: '{field:field} 항목은 {min}자 이상 {max}자 이하여야 합니다',
  },
  field_too_long: {
    kind: 'invalid',
    en: '{field:field} must be at most {max} characters',
    ko: '{field:field} 항목은 {max}자 이하여야 합니다',
  },
  field_too_many: {
    kind: 'invalid',
    en: '{field:field} must have at most {max} entries',
    ko: '{field:field} 항목은 {max}개를 넘을 수 없습니다',
  },
  field_items_repeated: {
    kind: 'invalid',
    en: '{field:field} must not repeat a value',
    ko: '{field:field} 항목의 값은 서로 달라야 합니다',
  },
  field_not_uuid: {
    kind: 'invalid',
    en: '{field:field} must be an id (a UUID)',
    ko: '{field:field} 항목은 UUID 형식의 아이디여야 합니다',
  },
  field_item_not_object: {
    kind: 'invalid',
    en: 'each of {field:field} must be an object',
    ko: '{field:field} 항목의 각 값은 객체여야 합니다',
  },
  field_item_not_text: {
    kind: 'invalid',
    en: 'each of {field:field} must be text',
    ko: '{field:field} 항목의 각 값은 글이어야 합니다',
  },
  field_item_blank: {
    kind: 'invalid',
    en: 'each of {field:field} must not be blank',
    ko: '{field:field} 항목의 각 값은 비어 있을 수 없습니다',
  },
  field_item_too_long: {
    kind: 'invalid',
    en: 'each of {field:field} must be at most {max} characters',
    ko: '{field:field} 항목의 각 값은 {max}자 이하여야 합니다',
  },
  field_item_not_one_of: {
    kind: 'invalid',
    en: 'each of {field:field} must be one of {values}',
    ko: '{field:field} 항목의 각 값은 다음 중 하나여야 합니다: {values}',
  },
  field_key_not_allowed: {
    kind: 'unprocessable',
    en: '{field:field} names a key that reaches for prototypes, which is never taken',
    ko: '{field:field} 항목의 키는 프로토타입을 가리키므로 받지 않습니다',
  },
  field_key_has_nul: {
    kind: 'unprocessable',
    en: '{field:field} names a key with a NUL character, which cannot be stored',
    ko: '{field:field} 항목의 키에 저장할 수 없는 널 문자가 있습니다',
  },
  field_has_nul: {
    kind: 'invalid',
    en: '{field:field} must not contain a NUL character',
    ko: '{field:field} 항목에 널 문자를 넣을 수 없습니다',
  },
  field_too_deep: {
    kind: 'invalid',
    en: '{field:field} is nested more than {depth} levels deep',
    ko: '{field:field} 항목은 {depth}단계보다 깊게 중첩될 수 없습니다',
  },
  // A PATCH merged with the stored draft: the body alone is valid, so the document cannot say it (a 422).
  field_required_for_vendor: {
    kind: 'unprocessable',
    en: '{field:field} is required when the system comes from a vendor',
    ko: '외부 업체의 시스템이면 {field:field} 항목은 필수입니다',
  },
  field_not_demo_user_id: {
    kind: 'invalid',
    en: '{field:field} must be a demo user id',
    ko: '{field:field} 항목은 데모 사용자 ID여야 합니다',
  },
  // the impact assessment's answers and the deployment's evidence, checked against the policy and the conditions
  answer_not_a_question: {
    kind: 'invalid',
    en: '{field:field} is not a question of policy {policy}',
    ko: '{field:field}: 정책 {policy}에 없는 질문입니다',
  },
  answer_required_from_tier: {
    kind: 'invalid',
    en: '{field:field} is required from tier {tier:tier} on',
    ko: '{field:field} 항목은 {tier:tier} 등급부터 필수입니다',
  },
  // what a proposal declares beside its answers (libs/domain/src/declarations.ts)
  flag_required_by_answer: {
    kind: 'unprocessable',
    en: '{field:field} must be true: the answer {answer:field} says so',
    ko: '{answer:field} 답변에 따르면 {field:field} 항목은 "예"여야 합니다',
  },
  flag_denied_by_answer: {
    kind: 'unprocessable',
    en: '{field:field} must be false: the answer {answer:field} names none',
    ko: '{answer:field} 답변에 해당하는 것이 없으므로 {field:field} 항목은 "아니오"여야 합니다',
  },
  automation_differs_from_answer: {
    kind: 'unprocessable',
    en: '{field:field} must be {expected:automation}, as the answer {answer:field} says',
    ko: '{answer:field} 답변에 따라 {field:field} 항목은 {expected:automation}이어야 합니다',
  },
  contact_required_from_tier: {
    kind: 'unprocessable',
    en: '{field:field} is required from tier {tier:tier} on: the public register names it to citizens',
    ko: '{tier:tier} 등급부터는 {field:field} 항목이 필수입니다: 공개 등록부에 시민 문의처로 실립니다',
  },
  evidence_not_a_condition: {
    kind: 'invalid',
    en: '{field:field} is not a condition of this proposal',
    ko: '{field:field}: 이 제안의 조건이 아닙니다',
  },
} as const;
