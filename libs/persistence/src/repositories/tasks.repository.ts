// The read model of the workflows' human tasks: written by the lifecycle's activities, read by inboxes,
// by the rules on a task before anyone acts on it, and by administrators.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProposalStatus, TaskKind } from '#domain';
import { ProposalEntity, TaskEntity } from '../entities/index.js';
import { openTaskCondition } from '../open-task.js';
import { type Db, entityOf } from '../typeorm-internals.js';
import { columnsOf, findById, selectRows, updateById } from './plain-sql.js';

/** Whose inbox: assigned to `id`, or unassigned in one of `groups`; never of the reader's own department. */
export interface InboxReader {
  id: string;
  department: string;
  groups: string[];
}

export interface InboxFilter {
  kind?: TaskKind;
  assignee?: 'me' | 'none';
  dueBefore?: string;
  stage?: ProposalStatus;
  tier?: number;
  department?: string;
}

/** A task with its proposal's department and policy version, and every task of the proposal (itself among them). */
export interface TaskWithProposal {
  task: TaskEntity;
  department: string;
  policyVersion: string;
  proposalTasks: TaskEntity[];
}

// Every task of the task's proposal, each with the department (never the proposal's answers).
const context = (db: Db) => `
  SELECT ${columnsOf(db, TaskEntity, 't')}, p.department_code AS proposal_department, p.policy_version AS proposal_policy
  FROM tasks t JOIN proposals p ON p.id = t.proposal_id
  WHERE t.proposal_id = (SELECT proposal_id FROM tasks WHERE id = $1)`;

@Injectable()
export class TasksRepository {
  constructor(@InjectDataSource() private readonly db: Db) {}

  findById(id: string): Promise<TaskEntity | null> {
    return findById(this.db, TaskEntity, id);
  }

  async withProposal(taskId: string): Promise<TaskWithProposal | null> {
    const rows = await selectRows(this.db, 'task-context', context(this.db), [taskId]);
    const tasks = rows.map((row) => entityOf(this.db, TaskEntity, row));
    const task = tasks.find((t) => t.id === taskId);
    if (!task) return null;
    const [{ proposal_department: department, proposal_policy: policyVersion }] = rows as Record<string, string>[];
    return { task, department, policyVersion, proposalTasks: tasks };
  }

  /** The reader's open tasks, due first: with a page, cut by PostgreSQL, and how many match. */
  inboxPage(reader: InboxReader, filter: InboxFilter, offset: number, limit: number): Promise<[TaskEntity[], number]> {
    return this.inbox(reader, filter).offset(offset).limit(limit).getManyAndCount();
  }

  /** All of the reader's open tasks, due first. */
  inboxAll(reader: InboxReader, filter: InboxFilter): Promise<TaskEntity[]> {
    return this.inbox(reader, filter).getMany();
  }

  private inbox(reader: InboxReader, { kind, assignee, dueBefore, stage, tier, department }: InboxFilter) {
    const query = this.db
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .innerJoin(ProposalEntity, 'p', 'p.id = t.proposalId')
      .where(openTaskCondition('t.status'))
      .andWhere('p.department <> :own', { own: reader.department })
      .andWhere('(t.assignee = :me OR (t.assignee IS NULL AND t.candidateGroup IN (:...groups)))', {
        me: reader.id,
        groups: reader.groups,
      });
    if (kind) query.andWhere('t.kind = :kind', { kind });
    if (assignee === 'me') query.andWhere('t.assignee = :me');
    if (assignee === 'none') query.andWhere('t.assignee IS NULL');
    if (dueBefore) query.andWhere('t.dueAt < :dueBefore', { dueBefore: new Date(dueBefore) });
    if (stage) query.andWhere('p.status = :stage', { stage });
    if (tier) query.andWhere('p.tier = :tier', { tier });
    if (department) query.andWhere('p.department = :department', { department });
    return query.orderBy('t.dueAt', 'ASC').addOrderBy('t.id');
  }

  /** The open tasks a person holds, due first. */
  heldBy(assignee: string): Promise<TaskEntity[]> {
    return this.db
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .where(`${openTaskCondition('t.status')} AND t.assignee = :fromId`, { fromId: assignee })
      .orderBy('t.dueAt', 'ASC')
      .getMany();
  }

  /** A row reconcile wrote first is left as it is: it holds what the workflow said. */
  async insert(rows: Partial<TaskEntity>[]): Promise<void> {
    await this.db.getRepository(TaskEntity).createQueryBuilder().insert().values(rows).orIgnore().execute();
  }

  /** For reconcile: the proposal's tasks as the read model has them. */
  ofProposal(proposalId: string): Promise<TaskEntity[]> {
    return this.db.getRepository(TaskEntity).find({ where: { proposalId } });
  }

  /**
   * Reconcile's repair of a task: only from the status and assignee it read (a write made since then wins).
   * True when it changed the row.
   */
  async repair(id: string, seen: Pick<TaskEntity, 'status' | 'assignee'>, patch: Partial<TaskEntity>): Promise<boolean> {
    const result = await this.db
      .getRepository(TaskEntity)
      .createQueryBuilder()
      .update()
      .set(patch)
      .where('id = :id AND status = :status AND assignee IS NOT DISTINCT FROM CAST(:assignee AS varchar)', { id, ...seen })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  update(id: string, patch: Partial<TaskEntity>): Promise<void> {
    return updateById(this.db, TaskEntity, id, patch);
  }
}
