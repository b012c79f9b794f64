// Deadlines on every wait for a person (DESIGN §2): one reminder at a share of the due time, an escalation
// at the due time and more after gaps that grow by the policy's backoff, up to its last level; from then the
// wait stays on the stalled board, mailed no more. Each is recorded on the wait (reminded, escalation level),
// in the audit log, and as a notification for whoever must act. A watch resumes from what its wait records,
// so a run continued as new neither repeats a reminder nor restarts the escalations.
import { sleep } from '@temporalio/workflow';
import { DAY_MS, type DepartmentWait, departmentWaitOf, escalationAt, type HumanTask, isTaskOpen, message } from '#domain';
import { ignoreCancellation, isoIn, type Lifecycle, now } from './lifecycle-context.js';
import { departmentMessage, taskMessage } from './notices.js';

interface Watch {
  startedAt: number;
  dueAt: number;
  settled: () => boolean;
  reminded: () => boolean;
  /** The escalation level reached so far (0: none). */
  level: () => number;
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
  const { deadlines } = lc.requirePlan;
  if (!w.reminded()) {
    if (await settledBy(w.settled, w.startedAt + (w.dueAt - w.startedAt) * deadlines.reminderShare)) return;
    await w.remind();
  }
  for (let level = w.level() + 1; ; level += 1) {
    const at = escalationAt(w.dueAt, level, deadlines);
    if (at === undefined || (w.escalateUntil !== undefined && at >= w.escalateUntil)) return;
    if (await settledBy(w.settled, at)) return;
    await w.escalate(level);
  }
}

/** Watches a human task until it is decided or cancelled. Runs beside the lifecycle; never awaited. */
export function watchTask(lc: Lifecycle, task: HumanTask, startedAt = now()): void {
  // Escalations reach whoever holds the task then: it may have been reassigned.
  const waitedOn = () => task.assignee ?? task.candidateGroup;
  ignoreCancellation(
    watch(lc, {
      startedAt,
      dueAt: Date.parse(task.dueAt),
      settled: () => !isTaskOpen(task),
      reminded: () => task.remindedAt !== undefined,
      level: () => task.escalationLevel,
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
    }),
  );
}

/**
 * Waits on the department (a revision, a deployment, a remediation: the stage's wait, with its deadline) with
 * the same reminders and escalations, addressed to the department's managers. A run that continued as new in
 * the stage goes on with the wait it carried. `endDepartmentWait` clears it.
 */
export function watchDepartment(lc: Lifecycle, settled: () => boolean, escalateUntilDays?: number): DepartmentWait {
  const stageWait = departmentWaitOf(lc.state.status, lc.requirePlan.deadlines);
  if (!stageWait) throw new Error(`${lc.state.status} does not wait on the department`);
  const { kind, days: dueInDays } = stageWait;
  const carried = lc.state.departmentWait?.kind === kind ? lc.state.departmentWait : undefined;
  const wait: DepartmentWait = carried ?? { kind, dueAt: isoIn(dueInDays), escalationLevel: 0 };
  const startedAt = Date.parse(wait.dueAt) - dueInDays * DAY_MS;
  lc.state.departmentWait = wait;
  lc.refreshSearchAttributes();
  const managers = `managers:${lc.state.department}`;
  ignoreCancellation(
    watch(lc, {
      startedAt,
      dueAt: Date.parse(wait.dueAt),
      settled: () => settled() || lc.state.departmentWait !== wait,
      reminded: () => wait.remindedAt !== undefined,
      level: () => wait.escalationLevel,
      escalateUntil: escalateUntilDays === undefined ? undefined : startedAt + escalateUntilDays * DAY_MS,
      remind: async () => {
        wait.remindedAt = new Date().toISOString();
        const why = message('audit_department_reminder', { wait: kind, dueAt: wait.dueAt });
        await lc.note('system', 'department_reminder', why, {
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
    }),
  );
  return wait;
}

export function endDepartmentWait(lc: Lifecycle): void {
  lc.state.departmentWait = undefined;
  lc.refreshSearchAttributes();
}
