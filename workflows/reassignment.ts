// An administrator's reassignment of an open task (issue 6): the validator checks the rule of the domain
// against the workflow's own state; the handler moves the task and records who had it and who has it now.
// The task's deadline watch goes on as it was: the due time, reminder and escalations do not restart.
import { setHandler } from '@temporalio/workflow';
import { message, reassignRefusal, reassignTaskUpdate, type ReassignTaskUpdate, refuse } from '#domain';
import { refusalFailure } from './human-tasks.js';
import type { Lifecycle } from './lifecycle-context.js';

function validate(lc: Lifecycle, { taskId, actor, assignee }: ReassignTaskUpdate) {
  const task = lc.state.tasks.find((t) => t.id === taskId);
  if (!task) throw refusalFailure(refuse('task_not_found', { id: taskId }));
  const refusal = reassignRefusal(actor, task, lc.state.department, assignee, lc.state.tasks);
  if (refusal) throw refusalFailure(refusal);
  return task;
}

export function installReassignHandler(lc: Lifecycle): void {
  setHandler(
    reassignTaskUpdate,
    async (request) => {
      const task = validate(lc, request);
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
    { validator: (request) => void validate(lc, request) },
  );
}
