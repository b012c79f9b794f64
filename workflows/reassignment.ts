// An administrator's reassignment of an open task (issue 6): the validator checks the rule of the domain
// against the workflow's own state; the handler moves the task and records who had it and who has it now.
// The task's deadline watch goes on as it was: the due time, reminder and escalations do not restart.
import { setHandler } from '@temporalio/workflow';
import { reassignRefusal, reassignTaskUpdate, type ReassignTaskUpdate, refuse } from '#domain';
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
      const why = `${task.kind} ${task.domain}: from ${previous ?? `unassigned (${task.candidateGroup})`} to ${task.assignee}`;
      await lc.recordTask(task, lc.entry(request, 'task_reassigned', why));
      return task;
    },
    { validator: (request) => void validate(lc, request) },
  );
}
