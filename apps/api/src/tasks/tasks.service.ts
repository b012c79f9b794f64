// Task actions: the API checks the rules on its read model first (a clear 403/409 without a round trip),
// then asks the workflow, whose validators check them again against the truth.
import { Injectable } from '@nestjs/common';
import {
  type Actor,
  candidateGroupsOf,
  claimTaskUpdate,
  conflictRefusal,
  completeTaskUpdate,
  type HumanTask,
  refuse,
  releaseTaskUpdate,
  type TaskAction,
  taskActionRefusal,
} from '#domain';
import { ProposalsRepository, type TaskEntity, TasksRepository } from '#persistence';
import { LifecycleGateway, RefusedException } from '#temporal';
import type { TaskListQuery } from '../common/params.js';
import type { CompleteTaskDto } from './task.dto.js';
import { taskContext } from './task-context.js';
import { type InboxTaskView, TaskView } from './task.view.js';

@Injectable()
export class TasksService {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly proposals: ProposalsRepository,
    private readonly lifecycle: LifecycleGateway,
  ) {}

  /**
   * Open tasks assigned to me, and unassigned ones of my groups; never my own department's, nor my
   * conflicts'; due first. With declared conflicts the page is cut after they are applied (an inbox is tens of
   * tasks); without, in SQL.
   */
  async inbox(
    actor: Actor,
    { kind, assignee, dueBefore, stage, tier, department, limit, offset }: TaskListQuery,
  ): Promise<{ items: InboxTaskView[]; total: number }> {
    const groups = candidateGroupsOf(actor);
    if (groups.length === 0) return { items: [], total: 0 };
    const reader = { id: actor.id, department: actor.department, groups };
    const filter = { kind, assignee, dueBefore, stage, tier, department };
    if (actor.conflicts.length === 0) {
      // Nothing to filter after the query: PostgreSQL cuts the page (an expert of every domain with thousands
      // of open tasks read them all per call before; see docs/benchmarks.md).
      const [page, total] = await this.tasks.inboxPage(reader, filter, offset, limit);
      return { items: await this.withProposals(page), total };
    }
    const rows = await this.withoutConflicts(actor, await this.tasks.inboxAll(reader, filter));
    return { items: await this.withProposals(rows.slice(offset, offset + limit)), total: rows.length };
  }

  /** The page's tasks with their proposals' title, department, stage and tier, read in one query. */
  private async withProposals(rows: TaskEntity[]): Promise<InboxTaskView[]> {
    const proposals = await this.proposals.summariesOf([...new Set(rows.map((r) => r.proposalId))]);
    const byId = new Map(proposals.map((p) => [p.id, p]));
    return rows.map((row) => {
      const { title = '', department = '', status = '', tier = null } = byId.get(row.proposalId) ?? {};
      return { ...TaskView.of(row), proposal: { title, department, status, tier } };
    });
  }

  /** The declared-conflicts rule is the domain's (conflictRefusal), applied here rather than restated in SQL. */
  private async withoutConflicts(actor: Actor, rows: TaskEntity[]): Promise<TaskEntity[]> {
    if (actor.conflicts.length === 0 || rows.length === 0) return rows;
    const proposals = await this.proposals.departmentsOf([...new Set(rows.map((r) => r.proposalId))]);
    const departmentOf = new Map(proposals.map((p) => [p.id, p.department]));
    return rows.filter((row) => !conflictRefusal(actor, row.proposalId, departmentOf.get(row.proposalId) ?? ''));
  }

  claim(actor: Actor, taskId: string): Promise<TaskView> {
    return this.act(actor, taskId, { type: 'claim' }, (proposalId) =>
      this.lifecycle.update(proposalId, claimTaskUpdate, { taskId, actor }),
    );
  }

  release(actor: Actor, taskId: string): Promise<TaskView> {
    return this.act(actor, taskId, { type: 'release' }, (proposalId) =>
      this.lifecycle.update(proposalId, releaseTaskUpdate, { taskId, actor }),
    );
  }

  /** A decision carries what it needs (a reason unless it approves; conditions exactly when conditional). */
  complete(actor: Actor, taskId: string, { decision, comment, conditions }: CompleteTaskDto): Promise<TaskView> {
    return this.act(actor, taskId, { type: 'complete', decision, comment, conditions }, (proposalId) =>
      this.lifecycle.update(proposalId, completeTaskUpdate, { taskId, actor, decision, comment, conditions }),
    );
  }

  private async act(actor: Actor, taskId: string, action: TaskAction, send: (proposalId: string) => Promise<HumanTask>) {
    const { task, proposalId, department, proposalTasks, duties } = await taskContext(this.tasks, taskId);
    const refusal = taskActionRefusal(actor, task, department, action, proposalTasks, duties);
    if (refusal) throw new RefusedException(refusal);
    await send(proposalId);
    // The workflow's handler returns once the read model holds the change.
    const row = await this.tasks.findById(taskId);
    if (!row) throw new RefusedException(refuse('task_not_found', { id: taskId }));
    return TaskView.of(row);
  }
}
