// What notifications say (workflows/notices.ts): reminders and escalations to whoever the lifecycle waits
// on, and the decisions a department hears of. Each mail has the Korean first and the English below.
export const NOTICE_TEXTS = {
  notice_task_reminder_subject: { en: '{kind:kind} due {dueAt}', ko: '{kind:kind} 기한 안내 ({dueAt})' },
  notice_task_reminder_body: {
    en: '{kind:kind} ({domain:domain}) is due {dueAt}.',
    ko: '{kind:kind}({domain:domain})의 기한은 {dueAt}입니다.',
  },
  notice_task_escalation_subject: { en: '{kind:kind} overdue', ko: '{kind:kind} 기한 초과' },
  notice_task_escalation_body: {
    en: '{kind:kind} ({domain:domain}) was due {dueAt} and is overdue.',
    ko: '{kind:kind}({domain:domain})의 기한({dueAt})이 지났습니다.',
  },
  notice_wait_reminder_subject: { en: '{wait:wait} due {dueAt}', ko: '{wait:wait} 기한 안내 ({dueAt})' },
  notice_wait_reminder_body: { en: '{wait:wait} is due {dueAt}.', ko: '{wait:wait}의 기한은 {dueAt}입니다.' },
  notice_wait_escalation_subject: { en: '{wait:wait} overdue', ko: '{wait:wait} 기한 초과' },
  notice_wait_escalation_body: {
    en: '{wait:wait} was due {dueAt} and is overdue.',
    ko: '{wait:wait}의 기한({dueAt})이 지났습니다.',
  },
  notice_decision_approved: { en: 'Your proposal was approved', ko: '제안이 승인되었습니다' },
  notice_decision_rejected: { en: 'Your proposal was rejected', ko: '제안이 반려되었습니다' },
  notice_decision_changes_requested: { en: 'Your proposal needs changes', ko: '제안이 보완 요청을 받았습니다' },
  notice_decision_remediation: { en: 'Your proposal needs remediation', ko: '제안이 시정 조치를 요청받았습니다' },
  notice_decision_suspended: { en: 'Your proposal was suspended', ko: '제안의 운영이 중지되었습니다' },
  notice_decision_retired: { en: 'Your proposal was retired', ko: '제안이 폐기되었습니다' },
} as const;
