// What notifications say: Korean first, English below (one line each), subject in both. Addressed to
// whoever the lifecycle waits on, to the admins on escalation, and to the department on a decision.
import type { DepartmentWait, HumanTask, Notification, ProposalStatus } from '#domain';

export type Notice = Omit<Notification, 'id' | 'proposalId'>;

const TASK_NAMES = {
  expert_review: ['전문가 검토', 'expert review'],
  ethics_signoff: ['윤리 승인', 'ethics sign-off'],
  reaudit: ['재감사', 're-audit'],
};
const WAIT_NAMES = {
  revision: ['보완 제출', 'revision'],
  deployment: ['배포 기록', 'deployment record'],
  remediation: ['시정 조치', 'remediation'],
};

export function taskMessage(task: HumanTask, kind: 'reminder' | 'escalation') {
  const [ko, en] = TASK_NAMES[task.kind];
  return kind === 'reminder'
    ? {
        subject: `[바른] ${ko} 기한 안내 / ${en} due ${task.dueAt}`,
        body: `${ko}의 기한은 ${task.dueAt}입니다.\nThe ${en} (${task.domain}) is due ${task.dueAt}.`,
      }
    : {
        subject: `[바른] ${ko} 기한 초과 / ${en} overdue`,
        body: `${ko}의 기한(${task.dueAt})이 지났습니다.\nThe ${en} (${task.domain}) was due ${task.dueAt} and is overdue.`,
      };
}

export function departmentMessage(kind: DepartmentWait['kind'], dueAt: string, type: 'reminder' | 'escalation') {
  const [ko, en] = WAIT_NAMES[kind];
  return type === 'reminder'
    ? {
        subject: `[바른] ${ko} 기한 안내 / ${en} due ${dueAt}`,
        body: `${ko}의 기한은 ${dueAt}입니다.\nThe ${en} is due ${dueAt}.`,
      }
    : {
        subject: `[바른] ${ko} 기한 초과 / ${en} overdue`,
        body: `${ko}의 기한(${dueAt})이 지났습니다.\nThe ${en} was due ${dueAt} and is overdue.`,
      };
}

/** The decisions the department hears of, in the words of each stage. */
const DECISIONS: Partial<Record<ProposalStatus, [string, string]>> = {
  APPROVED: ['승인되었습니다', 'was approved'],
  REJECTED: ['반려되었습니다', 'was rejected'],
  REVISION_REQUESTED: ['보완 요청을 받았습니다', 'needs changes'],
  REMEDIATION: ['시정 조치를 요청받았습니다', 'needs remediation'],
  SUSPENDED: ['운영이 중지되었습니다', 'was suspended'],
  RETIRED: ['폐기되었습니다', 'was retired'],
};

export function decisionNotice(department: string, status: ProposalStatus, rationale?: string): Notice | undefined {
  const words = DECISIONS[status];
  if (!words) return undefined;
  const [ko, en] = words;
  const why = rationale ? ` (${rationale})` : '';
  return {
    kind: 'decision',
    recipients: [`managers:${department}`],
    subject: `[바른] 제안이 ${ko} / Your proposal ${en}`,
    body: `제안이 ${ko}${why}.\nYour proposal ${en}${why}.`,
  };
}
