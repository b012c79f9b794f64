// What the rules on a task read before anyone acts on it (a claim, a decision, a reassignment): the task, its
// proposal's department, and the proposal's other tasks (an officer holds one seat of a committee sign-off).
import type { DataSource } from 'typeorm';
import { type HumanTask, refuse } from '#domain';
import { columnsOf, entityOf, selectRows, TaskEntity, taskFromRow } from '#persistence';
import { RefusedException } from '#temporal';

export interface TaskContext {
  task: HumanTask;
  proposalId: string;
  department: string;
  proposalTasks: HumanTask[];
}

// Every task of the task's proposal, each with the department (never the proposal's answers).
const context = (db: DataSource) => `
  SELECT ${columnsOf(db, TaskEntity, 't')}, p.department_code AS proposal_department
  FROM tasks t JOIN proposals p ON p.id = t.proposal_id
  WHERE t.proposal_id = (SELECT proposal_id FROM tasks WHERE id = $1)`;

export async function taskContext(db: DataSource, taskId: string): Promise<TaskContext> {
  const rows = await selectRows(db, 'task-context', context(db), [taskId]);
  const tasks = rows.map((row) => entityOf(db, TaskEntity, row));
  const row = tasks.find((t) => t.id === taskId);
  if (!row) throw new RefusedException(refuse('task_not_found', { id: taskId }));
  return {
    task: taskFromRow(row),
    proposalId: row.proposalId,
    department: rows[0].proposal_department as string,
    proposalTasks: tasks.map(taskFromRow),
  };
}
