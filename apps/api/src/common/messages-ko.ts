// Korean for every message the API gives in a 4xx, as patterns over the English text: the English stays the
// one source in code (domain rules, validators, workflow refusals alike), and this table follows it.
// Field names, ids and option values stay as they are: they are what the caller must send.
type Translate = (...groups: string[]) => string;

const STAGES = (list: string) => list.replace(/ or /g, ', ');

export const KOREAN: [RegExp, Translate][] = [
  // class-validator and Nest pipes
  [/^property (\S+) should not exist$/, (f) => `${f} 항목은 허용되지 않습니다`],
  [/^(\S+) must be a string$/, (f) => `${f} 항목은 문자열이어야 합니다`],
  [/^(\S+) must be a boolean value$/, (f) => `${f} 항목은 true 또는 false여야 합니다`],
  [/^(\S+) must be an object$/, (f) => `${f} 항목은 객체여야 합니다`],
  [/^(\S+) must be an array$/, (f) => `${f} 항목은 배열이어야 합니다`],
  [/^(\S+) must be an integer number$/, (f) => `${f} 항목은 정수여야 합니다`],
  [/^(\S+) must be one of the following values: (.*)$/, (f, v) => `${f} 항목은 다음 중 하나여야 합니다: ${v}`],
  [
    /^(\S+) must be longer than or equal to (\d+) and shorter than or equal to (\d+) characters$/,
    (f, a, b) => `${f} 항목은 ${a}자 이상 ${b}자 이하여야 합니다`,
  ],
  [/^(\S+) must be longer than or equal to (\d+) characters$/, (f, n) => `${f} 항목은 ${n}자 이상이어야 합니다`],
  [/^(\S+) must be shorter than or equal to (\d+) characters$/, (f, n) => `${f} 항목은 ${n}자 이하여야 합니다`],
  [/^each value in (\S+) must be shorter than or equal to (\d+) characters$/, (f, n) => `${f}의 각 값은 ${n}자 이하여야 합니다`],
  [/^each value in (\S+) must be a string$/, (f) => `${f}의 각 값은 문자열이어야 합니다`],
  [/^each value in (\S+) must not be blank$/, (f) => `${f}의 각 값은 비어 있을 수 없습니다`],
  [/^(\S+) must contain no more than (\d+) elements$/, (f, n) => `${f} 항목은 ${n}개를 넘을 수 없습니다`],
  [/^(\S+) must not be greater than (\d+)$/, (f, n) => `${f} 항목은 ${n} 이하여야 합니다`],
  [/^(\S+) must not be less than (\d+)$/, (f, n) => `${f} 항목은 ${n} 이상이어야 합니다`],
  [/^(\S+) must not be blank$/, (f) => `${f} 항목은 비어 있을 수 없습니다`],
  [/^(\S+) must not contain a NUL character$/, (f) => `${f} 항목에 NUL 문자를 넣을 수 없습니다`],
  [
    /^(\S+) must be a list of distinct options from (.*)$/,
    (f, v) => `${f} 항목은 다음 선택지 중 서로 다른 것들의 목록이어야 합니다: ${v}`,
  ],
  [/^(\S+) must be one of (.*)$/, (f, v) => `${f} 항목은 다음 중 하나여야 합니다: ${v}`],
  [/^(\S+) must be text$/, (f) => `${f} 항목은 글이어야 합니다`],
  [/^(\S+) must be at most (\d+) characters$/, (f, n) => `${f} 항목은 ${n}자 이하여야 합니다`],
  [/^(\S+) has more than (\d+) entries$/, (f, n) => `${f} 항목은 ${n}개를 넘을 수 없습니다`],
  [/^(\S+) is nested more than (\d+) levels deep$/, (f, n) => `${f} 항목은 ${n}단계보다 깊게 중첩될 수 없습니다`],
  [/^nested property (\S+) must be either object or array$/, (f) => `${f} 항목은 객체여야 합니다`],
  [/^Validation failed \(uuid(?: v\d)? is expected\)$/, () => '경로의 id는 UUID여야 합니다'],
  [/^(\S+) is not a question of policy (\S+)$/, (f, v) => `${f}: 정책 ${v}에 없는 질문입니다`],
  [/^(\S+) is required from tier III on$/, (f) => `${f} 항목은 III등급부터 필수입니다`],
  [/^(\S+) is required when systemType is vendor$/, (f) => `systemType이 vendor이면 ${f} 항목은 필수입니다`],
  [/^(\S+) is required$/, (f) => `${f} 항목은 필수입니다`],
  [/^(\S+) is not a condition of this proposal$/, (f) => `${f}: 이 제안의 조건이 아닙니다`],
  [/^comment is required for (\S+)$/, (d) => `${d} 결정에는 comment가 필요합니다`],
  [
    /^conditions are required for approve_with_conditions, none of them blank$/,
    () => 'approve_with_conditions에는 비어 있지 않은 조건(conditions)이 필요합니다',
  ],
  [
    /^conditions belong only to approve_with_conditions, not (\S+)$/,
    (d) => `조건(conditions)은 approve_with_conditions에만 붙일 수 있습니다(${d} 아님)`,
  ],
  [/^'(.*)' is not a decision for a (\S+) task$/, (d, k) => `'${d}'은(는) ${k} 과제의 결정이 아닙니다`],
  [/^severity must be low, high or critical$/, () => 'severity는 low, high, critical 중 하나여야 합니다'],
  // the body as a whole
  [/^the body is larger than the limit of 1 MB$/, () => '요청 본문이 1 MB 한도를 넘습니다'],
  [/^the body is not valid JSON$/, () => '요청 본문이 올바른 JSON이 아닙니다'],
  [/^the body must be UTF-8 JSON$/, () => '요청 본문은 UTF-8 JSON이어야 합니다'],
  [/^a value in the request cannot be stored$/, () => '요청의 값 중 저장할 수 없는 것이 있습니다'],
  [/^Idempotency-Key (.*)$/, (rest) => `Idempotency-Key 오류: ${rest}`],
  [/^this Idempotency-Key was used with another request$/, () => '이 Idempotency-Key는 다른 요청에 이미 쓰였습니다'],
  [/^a request with this Idempotency-Key is still in progress$/, () => '같은 Idempotency-Key의 요청이 아직 처리 중입니다'],
  // identity and access
  [/^a bearer token is required$/, () => 'Bearer 토큰이 필요합니다'],
  [/^the bearer token is invalid or expired$/, () => 'Bearer 토큰이 유효하지 않거나 만료되었습니다'],
  [
    /^the bearer token is invalid or expired: token claims are invalid: (\S+)$/,
    (claim) => `Bearer 토큰이 유효하지 않습니다: ${claim} 클레임이 잘못되었습니다`,
  ],
  [
    /^(\S+) is deactivated in the directory: ask an administrator$/,
    (id) => `${id}은(는) 비활성화된 사용자입니다. 관리자에게 문의하세요`,
  ],
  [/^only an admin reads or edits the directory$/, () => '사용자 디렉터리는 관리자만 보고 고칠 수 있습니다'],
  [/^nothing to change: give one of (.*)$/, (f) => `바꿀 내용이 없습니다. 다음 중 하나를 보내세요: ${f}`],
  [/^you cannot deactivate yourself$/, () => '자기 자신을 비활성화할 수는 없습니다'],
  [/^conflicts names no proposal (.*)$/, (ids) => `conflicts에 없는 제안이 있습니다: ${ids}`],
  [/^each of conflicts must be a proposal id or a department code$/, () => 'conflicts의 각 값은 제안 id나 부서 코드여야 합니다'],
  [/^(\S+) must contain unique elements$/, (f) => `${f} 항목의 값은 서로 달라야 합니다`],
  [/^each value in (\S+) must be one of the following values: (.*)$/, (f, v) => `${f}의 각 값은 다음 중 하나여야 합니다: ${v}`],
  [
    /^the sign-on cannot be reached to check the token; try again shortly$/,
    () => '통합 로그인 서비스에 연결할 수 없어 토큰을 확인하지 못했습니다. 잠시 뒤 다시 시도하세요',
  ],
  [/^this needs the role (.*)$/, (roles) => `이 요청에는 ${roles.replace(/ or /g, ' 또는 ')} 역할이 필요합니다`],
  [/^this endpoint declares no access rule$/, () => '이 경로에는 접근 규칙이 없습니다'],
  [/^too many requests; try again in (\d+) s$/, (s) => `요청이 너무 많습니다. ${s}초 뒤에 다시 시도하세요`],
  [/^only a manager of (\S+) or an admin may do this$/, (d) => `${d}의 관리자나 시스템 관리자만 할 수 있습니다`],
  [/^only a manager of (\S+) may do this$/, (d) => `${d}의 관리자만 할 수 있습니다`],
  [/^you cannot review a proposal of your own department \((\S+)\)$/, (d) => `소속 부서(${d})의 제안은 검토할 수 없습니다`],
  [/^you declared a conflict of interest with (.*)$/, (what) => `${what}에 대해 이해충돌을 신고하셨습니다`],
  [/^task (\S+) is for (\S+), not one of your groups$/, (t, g) => `과제 ${t}는 ${g} 그룹의 것이며, 귀하의 그룹이 아닙니다`],
  [
    /^you hold another seat of this sign-off already: no officer signs off a proposal twice$/,
    () => '이미 이 승인의 다른 자리를 맡고 있습니다. 한 윤리관이 한 제안을 두 번 승인할 수 없습니다',
  ],
  // what exists and what applies now
  [/^no proposal (\S+) in your department$/, (id) => `소속 부서에 제안 ${id}이(가) 없습니다`],
  [/^no proposal (\S+)$/, (id) => `제안 ${id}이(가) 없습니다`],
  [/^no (?:open )?task (\S+)(?: in this proposal)?$/, (id) => `과제 ${id}이(가) 없습니다`],
  [/^no user (\S+)$/, (id) => `사용자 ${id}이(가) 없습니다`],
  [/^Cannot (\S+) (\S+)$/, (m, p) => `${m} ${p} 경로는 없습니다`],
  [/^task (\S+) is already claimed by (\S+)$/, (t, who) => `과제 ${t}는 이미 ${who}이(가) 맡았습니다`],
  [/^task (\S+) is already (\S+)$/, (t, s) => `과제 ${t}는 이미 ${s} 상태입니다`],
  [/^task (\S+) is not claimed$/, (t) => `과제 ${t}는 맡은 사람이 없습니다`],
  [/^task (\S+) is (?:claimed by|assigned to) (\S+)$/, (t, who) => `과제 ${t}는 ${who}에게 배정되어 있습니다`],
  [/^a (\S+) proposal can no longer be edited as a draft$/, (s) => `${s} 상태의 제안은 더 이상 초안으로 고칠 수 없습니다`],
  [
    /^(.+) needs the proposal in (.+); it is (\S+)$/,
    (step, stages, s) => `${step}: 제안이 ${STAGES(stages)} 단계여야 하는데 지금은 ${s}입니다`,
  ],
  [/^a proposal in (\S+) takes no (.+)$/, (s, what) => `${s} 단계의 제안은 ${what}을(를) 받지 않습니다`],
  [/^the deployment is being recorded already$/, () => '배포가 이미 기록되는 중입니다'],
  [/^the proposal is no longer at a stage that takes this decision$/, () => '제안이 더 이상 이 결정을 받는 단계가 아닙니다'],
  // the services behind the API
  [
    /^the workflow service is unreachable; try again shortly$/,
    () => '워크플로 서비스에 연결할 수 없습니다. 잠시 뒤 다시 시도하세요',
  ],
  [
    /^the workflow did not answer in time; the step may still be applied, so read the proposal before sending it again$/,
    () => '워크플로가 제때 응답하지 않았습니다. 요청이 나중에 반영될 수 있으니 다시 보내기 전에 제안을 확인하세요',
  ],
  [/^the database is unreachable; try again shortly$/, () => '데이터베이스에 연결할 수 없습니다. 잠시 뒤 다시 시도하세요'],
  [/^something went wrong on our side; quote request id (\S+)$/, (id) => `서버 오류입니다. 요청 id ${id}를 알려 주세요`],
];
