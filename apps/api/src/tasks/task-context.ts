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

/** In one query: every task of the task's proposal, each with the department (never the proposal's answers). */
export async function taskContext(db: DataSource, taskId: string): Promise<TaskContext> {
  const { entities, raw } = await db
    .getRepository(TaskEntity)
    .createQueryBuilder('task')
    .innerJoin(ProposalEntity, 'proposal', 'proposal.id = task.proposalId')
    .addSelect('proposal.department', 'department')
    .where('task.proposalId = (SELECT t.proposal_id FROM tasks t WHERE t.id = :taskId)', { taskId })
    .getRawAndEntities<{ department: string }>();
  const row = entities.find((t) => t.id === taskId);
  if (!row) throw new NotFoundException(`no task ${taskId}`);
  return {
    task: taskFromRow(row),
    proposalId: row.proposalId,
    department: raw[0].department,
    proposalTasks: entities.map(taskFromRow),
  };
}
