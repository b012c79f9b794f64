// What the rules on a task read before anyone acts on it (a claim, a decision, a reassignment): the task, its
// proposal's department, and the proposal's other tasks (an officer holds one seat of a committee sign-off).
import { NotFoundException } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { HumanTask } from '../../../../libs/domain/src/index.js';
import { ProposalEntity, TaskEntity, taskFromRow } from '../../../../libs/persistence/src/index.js';

export interface TaskContext {
  task: HumanTask;
  proposalId: string;
  department: string;
  proposalTasks: HumanTask[];
}

export async function taskContext(db: DataSource, taskId: string): Promise<TaskContext> {
  const tasks = db.getRepository(TaskEntity);
  const row = await tasks.findOneBy({ id: taskId });
  // Only the department: the answers (often kilobytes of JSON) stay in the database.
  const proposal =
    row &&
    (await db.getRepository(ProposalEntity).findOne({ select: { id: true, department: true }, where: { id: row.proposalId } }));
  if (!row || !proposal) throw new NotFoundException(`no task ${taskId}`);
  const proposalTasks = (await tasks.findBy({ proposalId: row.proposalId })).map(taskFromRow);
  return { task: taskFromRow(row), proposalId: row.proposalId, department: proposal.department, proposalTasks };
}
