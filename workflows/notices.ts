// What notifications say: Korean first, English below (one line each), subject in both, from the catalogue
// (libs/domain/src/texts/notices.texts.ts). Addressed to whoever the lifecycle waits on, to the admins on
// escalation, and to the department on a decision.
import {
  type DecisionNotice,
  type DepartmentWait,
  type HumanTask,
  type Message,
  message,
  type Notification,
  type ProposalStatus,
  render,
  STAGES,
  textOf,
} from '#domain';

export type Notice = Omit<Notification, 'id' | 'proposalId'>;

const subject = (text: Message) => `[바른] ${render('ko', text)} / ${render('en', text)}`;
const body = (text: Message) => `${render('ko', text)}\n${render('en', text)}`;

export function taskMessage(task: HumanTask, kind: 'reminder' | 'escalation') {
  const { dueAt, domain } = task;
  return kind === 'reminder'
    ? {
        subject: subject(message('notice_task_reminder_subject', { kind: task.kind, dueAt })),
        body: body(message('notice_task_reminder_body', { kind: task.kind, domain, dueAt })),
      }
    : {
        subject: subject(message('notice_task_escalation_subject', { kind: task.kind })),
        body: body(message('notice_task_escalation_body', { kind: task.kind, domain, dueAt })),
      };
}

export function departmentMessage(wait: DepartmentWait['kind'], dueAt: string, type: 'reminder' | 'escalation') {
  return type === 'reminder'
    ? {
        subject: subject(message('notice_wait_reminder_subject', { wait, dueAt })),
        body: body(message('notice_wait_reminder_body', { wait, dueAt })),
      }
    : {
        subject: subject(message('notice_wait_escalation_subject', { wait })),
        body: body(message('notice_wait_escalation_body', { wait, dueAt })),
      };
}

/** The words of each decision the department hears of; which stage tells of which is the lifecycle's table. */
const DECISIONS: Record<DecisionNotice, Message> = {
  approved: message('notice_decision_approved', {}),
  rejected: message('notice_decision_rejected', {}),
  changes_requested: message('notice_decision_changes_requested', {}),
  remediation: message('notice_decision_remediation', {}),
  suspended: message('notice_decision_suspended', {}),
  retired: message('notice_decision_retired', {}),
};

/** `why` is a person's words (the same in both lines) or a coded text (each line in its language). */
export function decisionNotice(department: string, status: ProposalStatus, why?: string | Message): Notice | undefined {
  const { notice } = STAGES[status];
  if (!notice) return undefined;
  const decision = DECISIONS[notice];
  const line = (language: 'ko' | 'en') => `${render(language, decision)}${why ? ` (${textOf(language, why)})` : ''}.`;
  return {
    kind: 'decision',
    recipients: [`managers:${department}`],
    subject: subject(decision),
    body: `${line('ko')}\n${line('en')}`,
  };
}
