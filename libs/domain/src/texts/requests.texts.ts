// Refusals of a request as a whole (its body, its path, its Idempotency-Key) and the answers when a service
// behind the API fails. `internal_error` and `request_refused` refuse nothing of the caller's: they have no kind.
export const REQUEST_TEXTS = {
  body_too_large: {
    kind: 'too_large',
    en: 'the body is larger than the limit of {megabytes} MB',
    ko: '요청 본문이 {megabytes} MB 한도를 넘습니다',
  },
  body_required: { kind: 'invalid', en: 'this request needs a JSON body', ko: '이 요청에는 JSON 본문이 필요합니다' },
  body_not_json: { kind: 'invalid', en: 'the body is not valid JSON', ko: '요청 본문이 올바른 JSON이 아닙니다' },
  body_not_utf8_json: { kind: 'unsupported', en: 'the body must be UTF-8 JSON', ko: '요청 본문은 UTF-8 JSON이어야 합니다' },
  value_not_storable: {
    kind: 'invalid',
    en: 'a value in the request cannot be stored',
    ko: '요청의 값 중 저장할 수 없는 것이 있습니다',
  },
  invalid_fields: {
    kind: 'invalid',
    en: 'the request is not valid: {count} problem(s), each with its field',
    ko: '요청이 올바르지 않습니다: 항목별 문제 {count}건',
  },
  path_id_not_uuid: { kind: 'invalid', en: 'the id in the path must be a UUID', ko: '경로의 ID는 UUID여야 합니다' },
  route_not_found: { kind: 'not_found', en: 'there is no {method} {path}', ko: '없는 경로입니다: {method} {path}' },
  idempotency_key_malformed: {
    kind: 'invalid',
    en: 'Idempotency-Key must be 1 to {max} visible ASCII characters',
    ko: 'Idempotency-Key는 눈에 보이는 영문자·숫자·기호 1~{max}자여야 합니다',
  },
  idempotency_key_reused: {
    kind: 'unprocessable',
    en: 'this Idempotency-Key was used with another request',
    ko: '이 Idempotency-Key는 다른 요청에 이미 쓰였습니다',
  },
  idempotency_key_in_progress: {
    kind: 'conflict',
    en: 'a request with this Idempotency-Key is still in progress',
    ko: '같은 Idempotency-Key의 요청이 아직 처리 중입니다',
  },
  database_unavailable: {
    kind: 'unavailable',
    en: 'the database is unreachable; try again shortly',
    ko: '데이터베이스에 연결할 수 없습니다. 잠시 뒤 다시 시도하세요',
  },
  workflow_unavailable: {
    kind: 'unavailable',
    en: 'the workflow service is unreachable; try again shortly',
    ko: '워크플로 서비스에 연결할 수 없습니다. 잠시 뒤 다시 시도하세요',
  },
  workflow_timed_out: {
    kind: 'unavailable',
    en: 'the workflow did not answer in time; the step may still be applied: send it again with the same Idempotency-Key, or read the proposal first',
    ko: '워크플로가 제때 응답하지 않았습니다. 요청이 나중에 반영될 수 있으니 같은 Idempotency-Key로 다시 보내거나 먼저 제안을 확인하세요',
  },
  workflow_closed: {
    kind: 'conflict',
    en: 'the proposal is no longer at a stage that takes this decision',
    ko: '제안이 더 이상 이 결정을 받는 단계가 아닙니다',
  },
  // A refusal from a worker that sends no code (the release before codes): its English alone says which rule.
  // The Korean text leaves the English out (catalogue.spec.ts allows this one placeholder); the status follows the
  // failure's type, so `kind` here is only the default.
  workflow_refused: {
    kind: 'conflict',
    en: 'the workflow refused the step: {reason}',
    ko: '워크플로가 이 단계를 거부했습니다',
  },
  method_not_allowed: {
    en: '{method} is not a method of this path; it answers {allowed}',
    ko: '이 경로에서는 {method} 메서드를 쓸 수 없습니다. 쓸 수 있는 메서드: {allowed}',
  },
  request_refused: { en: 'the request was refused', ko: '요청이 거부되었습니다' },
  internal_error: {
    en: 'something went wrong on our side; quote request id {requestId}',
    ko: '서버에서 문제가 생겼습니다. 문의할 때 요청 ID를 알려 주세요: {requestId}',
  },
} as const;
