// Deadlines on every wait for a person (DESIGN §2): one reminder at a share of the due time, an escalation
// at the due time, repeated at the policy's interval while the wait goes on. Each is recorded: on the
// task (escalation level), in the audit log, and as a notification for whoever must act.
import { sleep } from '@temporalio/workflow';
import { type DepartmentWait, type HumanTask, isTaskOpen } from '../libs/domain/src/index.js';
import { DAY_MS, isoIn, type Lifecycle, now } from './lifecycle-context.js';

interface Watch {
  startedAt: number;
  dueAt: number;
  settled: () => boolean;
  /** No escalation from here on: another deadline of the lifecycle takes over then. */
  escalateUntil?: number;
  remind(): Promise<void>;
  escalate(level: number): Promise<void>;
}

/**
 * Sleeps until `until`, then says whether the wait was settled by then. A plain timer that is never cancelled:
 * Temporal's time-skipping test server refuses to cancel a timer that fired in the same moment (its "invalid
 * history builder state for action"), which a decision racing a deadline would otherwise provoke.
 */
async function settledBy(settled: () => boolean, until: number): Promise<boolean> {
  const wait = until - now();
  if (wait > 0 && !settled()) await sleep(wait);
  return settled();
}

async function watch(lc: Lifecycle, w: Watch): Promise<void> {
  const { reminderShare, escalationIntervalDays } = lc.requirePlan.deadlines;
  const remindAt = w.startedAt + (w.dueAt - w.startedAt) * reminderShare;
  if (await settledBy(w.settled, remindAt)) return;
  await w.remind();
  const escalating = (at: number) => w.escalateUntil === undefined || at < w.escalateUntil;
  for (let level = 1, next = w.dueAt; escalating(next); level += 1, next += escalationIntervalDays * DAY_MS) {
    if (await settledBy(w.settled, next)) return;
    await w.escalate(level);
  }
}

/** Watches a human task until it is decided or cancelled. Runs beside the lifecycle; never awaited. */
export function watchTask(lc: Lifecycle, task: HumanTask): void {
  const whoActs = [task.assignee ?? task.candidateGroup];
  void watch(lc, {
    startedAt: now(),
    dueAt: Date.parse(task.dueAt),
    settled: () => !isTaskOpen(task),
    remind: async () => {
      task.remindedAt = new Date().toISOString();
      await lc.recordTask(task, lc.entry('system', 'task_reminder', `${task.kind} ${task.domain} is due ${task.dueAt}`));
      await lc.notify({
        taskId: task.id,
        kind: 'reminder',
        recipients: [task.assignee ?? task.candidateGroup],
        ...message(task, 'reminder'),
      });
    },
    escalate: async (level) => {
      task.escalationLevel = level;
      await lc.recordTask(
        task,
        lc.entry('system', 'task_escalated', `${task.kind} ${task.domain} overdue since ${task.dueAt}: level ${level}`),
      );
      await lc.notify({
        taskId: task.id,
        kind: 'escalation',
        recipients: [...whoActs, 'admins'],
        ...message(task, 'escalation'),
      });
    },
  });
}

/**
 * Waits on the department (a revision, a deployment, a remediation) with the same reminders and
 * escalations, addressed to the department's managers. Returns the wait; `end` clears it.
 */
export function watchDepartment(
  lc: Lifecycle,
  kind: DepartmentWait['kind'],
  dueInDays: number,
  settled: () => boolean,
  escalateUntilDays?: number,
): DepartmentWait {
  const wait: DepartmentWait = { kind, dueAt: isoIn(dueInDays), escalationLevel: 0 };
  lc.state.departmentWait = wait;
  lc.refreshSearchAttributes();
  const managers = `managers:${lc.state.department}`;
  const done = () => settled() || lc.state.departmentWait !== wait;
  void watch(lc, {
    startedAt: now(),
    dueAt: Date.parse(wait.dueAt),
    settled: done,
    escalateUntil: escalateUntilDays === undefined ? undefined : now() + escalateUntilDays * DAY_MS,
    remind: async () => {
      await lc.note('system', 'department_reminder', `the ${kind} is due ${wait.dueAt}`);
      await lc.notify({ kind: 'reminder', recipients: [managers], ...departmentMessage(kind, wait.dueAt, 'reminder') });
    },
    escalate: async (level) => {
      wait.escalationLevel = level;
      lc.refreshSearchAttributes();
      await lc.note('system', 'department_escalated', `the ${kind} is overdue since ${wait.dueAt}: level ${level}`);
      await lc.notify({
        kind: 'escalation',
        recipients: [managers, 'admins'],
        ...departmentMessage(kind, wait.dueAt, 'escalation'),
      });
    },
  });
  return wait;
}

export function endDepartmentWait(lc: Lifecycle): void {
  lc.state.departmentWait = undefined;
  lc.refreshSearchAttributes();
}

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

function message(task: HumanTask, kind: 'reminder' | 'escalation') {
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

function departmentMessage(kind: DepartmentWait['kind'], dueAt: string, type: 'reminder' | 'escalation') {
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
