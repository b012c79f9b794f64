// An administrator's reassignment of an open task: the validator checks the rule of the domain
// against the workflow's own state; the handler moves the task and records who had it and who has it now.
// The task's deadline watch goes on as it was: the due time, reminder and escalations do not restart.
import { setHandler } from '@temporalio/workflow';
import { message, reassignRefusal, reassignTaskUpdate, type ReassignTaskUpdate, refuse } from '#domain';
import { refusalFailure, taskOf } from './human-tasks.js';
import type { Lifecycle } from './lifecycle-context.js';

/** The rule, in the validator only (see human-tasks.ts). */
function validate(lc: Lifecycle, { taskId, actor, assignee }: ReassignTaskUpdate): void {
  const task = lc.state.tasks.find((t) => t.id === taskId);
  if (!task) throw refusalFailure(refuse('task_not_found', { id: taskId }));
  const duties = lc.plan?.separationOfDuties;
  const refusal = reassignRefusal(actor, task, lc.state.department, assignee, lc.state.tasks, duties);
  if (refusal) throw refusalFailure(refusal);
}

export function installReassignHandler(lc: Lifecycle): void {
  setHandler(
    reassignTaskUpdate,
    async (request) => {
      const task = taskOf(lc, request.taskId);
      const previous = task.assignee;
      task.assignee = request.assignee.id;
      task.status = 'claimed';
      const { kind, domain, candidateGroup: group, assignee: to } = task;
      const why = previous
        ? message('audit_task_reassigned', { kind, domain, from: previous, to })
        : message('audit_task_reassigned_unassigned', { kind, domain, group, to });
      await lc.recordTask(task, lc.entry(request, 'task_reassigned', why));
      return task;
    },
    { validator: (request) => validate(lc, request) },
  );
}
