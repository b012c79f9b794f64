// Deadlines on every wait for a person (DESIGN §2): one reminder at a share of the due time, an escalation
// at the due time, repeated at the policy's interval while the wait goes on. Each is recorded: on the
// task (escalation level), in the audit log, and as a notification for whoever must act.
import { sleep } from '@temporalio/workflow';
import { DAY_MS, type DepartmentWait, departmentWaitOf, type HumanTask, isTaskOpen, message } from '#domain';
import { isoIn, type Lifecycle, now } from './lifecycle-context.js';
import { departmentMessage, taskMessage } from './notices.js';

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
  const waitedOnAtStart = task.assignee ?? task.candidateGroup;
  // Escalations reach whoever holds the task then (it may have been reassigned); runs that began before
  // that was so keep addressing whoever held it when its watch began.
  const waitedOn = () => (lc.follows('notification-with-its-event') ? (task.assignee ?? task.candidateGroup) : waitedOnAtStart);
  void watch(lc, {
    startedAt: now(),
    dueAt: Date.parse(task.dueAt),
    settled: () => !isTaskOpen(task),
    remind: async () => {
      task.remindedAt = new Date().toISOString();
      const why = message('audit_task_reminder', { kind: task.kind, domain: task.domain, dueAt: task.dueAt });
      const entry = lc.entry('system', 'task_reminder', why);
      await lc.recordTask(task, entry, {
        taskId: task.id,
        kind: 'reminder',
        recipients: [task.assignee ?? task.candidateGroup],
        ...taskMessage(task, 'reminder'),
      });
    },
    escalate: async (level) => {
      task.escalationLevel = level;
      const why = message('audit_task_escalated', { kind: task.kind, domain: task.domain, dueAt: task.dueAt, level });
      const entry = lc.entry('system', 'task_escalated', why);
      await lc.recordTask(task, entry, {
        taskId: task.id,
        kind: 'escalation',
        recipients: [waitedOn(), 'admins'],
        ...taskMessage(task, 'escalation'),
      });
    },
  });
}

/**
 * Waits on the department (a revision, a deployment, a remediation: the stage's wait, with its deadline) with
 * the same reminders and escalations, addressed to the department's managers. Returns the wait; `end` clears it.
 */
export function watchDepartment(lc: Lifecycle, settled: () => boolean, escalateUntilDays?: number): DepartmentWait {
  const stageWait = departmentWaitOf(lc.state.status, lc.requirePlan.deadlines);
  if (!stageWait) throw new Error(`${lc.state.status} does not wait on the department`);
  const { kind, days: dueInDays } = stageWait;
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
      await lc.note('system', 'department_reminder', message('audit_department_reminder', { wait: kind, dueAt: wait.dueAt }), {
        kind: 'reminder',
        recipients: [managers],
        ...departmentMessage(kind, wait.dueAt, 'reminder'),
      });
    },
    escalate: async (level) => {
      wait.escalationLevel = level;
      lc.refreshSearchAttributes();
      const why = message('audit_department_escalated', { wait: kind, dueAt: wait.dueAt, level });
      await lc.note('system', 'department_escalated', why, {
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
