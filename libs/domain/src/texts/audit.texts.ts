// What the lifecycle writes in the audit log in its own words (workflows/): each entry's English rationale
// is its detail rendered. verifyChain renders every detail and compares it with the rationale the hash
// covers, so an English text here is never reworded: a new wording is a new code. The Korean may change.
export const AUDIT_TEXTS = {
  audit_screened: { en: '{reasons}', ko: '{reasons}' },
  audit_review_request: { en: '{domain:domain}: {comment}', ko: '{domain:domain}: {comment}' },
  audit_changes_requested: { en: '{requests}', ko: '{requests}' },
  audit_rounds_exhausted: {
    en: 'changes requested after the last of {rounds} rounds: {requests}',
    ko: '마지막 {rounds}회차 뒤에도 변경이 요청되었습니다: {requests}',
  },
  audit_signoff_single: { en: '{body:signoff} decides', ko: '{body:signoff}이(가) 결정합니다' },
  audit_signoff_quorum: {
    en: '{body:signoff}: {quorum} of {members} seats approve',
    ko: '{body:signoff}: {members}석 중 {quorum}석이 승인하면 승인',
  },
  audit_signoff_unanimous: {
    en: '{body:signoff}: all {members} seats must approve',
    ko: '{body:signoff}: {members}석 모두가 승인해야 승인',
  },
  audit_tasks_opened: { en: '{count} task(s): {domains:domain}', ko: '과제 {count}건: {domains:domain}' },
  audit_task: { en: '{kind:kind} ({domain:domain})', ko: '{kind:kind} ({domain:domain})' },
  audit_task_released: {
    en: '{kind:kind} ({domain:domain}), given back by {previous}',
    ko: '{kind:kind} ({domain:domain}), {previous} 님이 돌려놓음',
  },
  audit_task_reassigned: {
    en: '{kind:kind} ({domain:domain}): from {from} to {to}',
    ko: '{kind:kind} ({domain:domain}): {from}에서 {to}에게',
  },
  audit_task_reassigned_unassigned: {
    en: '{kind:kind} ({domain:domain}): from unassigned ({group}) to {to}',
    ko: '{kind:kind} ({domain:domain}): 미배정({group})에서 {to}에게',
  },
  audit_task_cancelled_round_decided: {
    en: '{kind:kind} ({domain:domain}): the round was decided',
    ko: '{kind:kind} ({domain:domain}): 이번 회차가 결정되었습니다',
  },
  audit_task_cancelled_signoff_decided: {
    en: '{kind:kind} ({domain:domain}): the sign-off was decided',
    ko: '{kind:kind} ({domain:domain}): 윤리 승인이 결정되었습니다',
  },
  audit_task_cancelled_withdrawn: {
    en: '{kind:kind} ({domain:domain}): the proposal was withdrawn',
    ko: '{kind:kind} ({domain:domain}): 제안이 철회되었습니다',
  },
  audit_task_reminder: {
    en: '{kind:kind} ({domain:domain}) is due {dueAt}',
    ko: '{kind:kind} ({domain:domain})의 기한은 {dueAt}입니다',
  },
  audit_task_escalated: {
    en: '{kind:kind} ({domain:domain}) overdue since {dueAt}: level {level}',
    ko: '{kind:kind} ({domain:domain})의 기한 {dueAt}이 지났습니다: {level}단계',
  },
  audit_department_reminder: { en: '{wait:wait} is due {dueAt}', ko: '{wait:wait}의 기한은 {dueAt}입니다' },
  audit_department_escalated: {
    en: '{wait:wait} overdue since {dueAt}: level {level}',
    ko: '{wait:wait}의 기한 {dueAt}이 지났습니다: {level}단계',
  },
  audit_register_status: { en: 'register: {status:registerStatus}', ko: '등록부: {status:registerStatus}' },
  audit_deployed_version: { en: 'version {version}', ko: '버전 {version}' },
  audit_reaudit_interval: { en: 're-audit every {months} months', ko: '{months}개월마다 재감사' },
  audit_cycle: { en: 'cycle {cycle}', ko: '감사 주기 {cycle}' },
  audit_remediation_missed: {
    en: 'no remediation within {days} days',
    ko: '{days}일 안에 시정 조치가 없었습니다',
  },
  audit_cancelled_in_temporal: {
    en: 'cancelled in Temporal by an administrator',
    ko: '관리자가 워크플로 관리 화면에서 취소했습니다',
  },
  audit_write_retried: {
    en: '{activity} retried after: {error}',
    ko: '{activity} 재시도 (앞선 오류: {error})',
  },
  audit_repaired_stage: {
    en: 'the read model said {from:stage}; the workflow says {to:stage}',
    ko: '읽기 모델은 {from:stage}였고 워크플로는 {to:stage}입니다',
  },
  audit_repaired_task: {
    en: '{kind:kind} ({domain:domain}): the read model said {from}; the workflow says {to}',
    ko: '{kind:kind} ({domain:domain}): 읽기 모델은 {from}였고 워크플로는 {to}입니다',
  },
  audit_run_closed: {
    en: 'the workflow run ended as {status} before the lifecycle did',
    ko: '생애주기가 끝나기 전에 워크플로 실행이 {status} 상태로 끝났습니다',
  },
} as const;
