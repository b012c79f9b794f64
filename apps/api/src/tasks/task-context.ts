// What the rules on a task read before anyone acts on it (a claim, a decision, a reassignment): the task, its
// proposal's department, the proposal's other tasks (an officer holds one seat of a committee sign-off), and the
// separation of duties of the proposal's policy.
import { type HumanTask, policyFor, refuse, type SeparationOfDuties } from '#domain';
import { taskFromRow, type TasksRepository } from '#persistence';
import { RefusedException } from '#temporal';

export interface TaskContext {
  task: HumanTask;
  proposalId: string;
  department: string;
  proposalTasks: HumanTask[];
  duties: SeparationOfDuties;
}

export async function taskContext(tasks: TasksRepository, taskId: string): Promise<TaskContext> {
  const found = await tasks.withProposal(taskId);
  if (!found) throw new RefusedException(refuse('task_not_found', { id: taskId }));
  return {
    task: taskFromRow(found.task),
    proposalId: found.task.proposalId,
    department: found.department,
    proposalTasks: found.proposalTasks.map(taskFromRow),
    duties: policyFor(found.policyVersion).separationOfDuties,
  };
}
