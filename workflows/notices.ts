// What notifications say: Korean first, English below (one line each), subject in both, from the catalogue
// (libs/domain/src/texts/notices.texts.ts). Addressed to whoever the lifecycle waits on, to the admins on
// escalation, and to the department on a decision.
import {
  type DepartmentWait,
  type HumanTask,
  type Message,
  message,
  type Notification,
  type ProposalStatus,
  render,
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

/** The decisions the department hears of, in the words of each stage. */
const DECISIONS: Partial<Record<ProposalStatus, Message>> = {
  APPROVED: message('notice_decision_approved', {}),
  REJECTED: message('notice_decision_rejected', {}),
  REVISION_REQUESTED: message('notice_decision_changes_requested', {}),
  REMEDIATION: message('notice_decision_remediation', {}),
  SUSPENDED: message('notice_decision_suspended', {}),
  RETIRED: message('notice_decision_retired', {}),
};

/** `why` is a person's words (the same in both lines) or a coded text (each line in its language). */
export function decisionNotice(department: string, status: ProposalStatus, why?: string | Message): Notice | undefined {
  const decision = DECISIONS[status];
  if (!decision) return undefined;
  const line = (language: 'ko' | 'en') => `${render(language, decision)}${why ? ` (${textOf(language, why)})` : ''}.`;
  return {
    kind: 'decision',
    recipients: [`managers:${department}`],
    subject: subject(decision),
    body: `${line('ko')}\n${line('en')}`,
  };
}
