// Reassignment by an administrator: the API checks the domain's rule on its read model and directory
// first (a clear 4xx, nothing sent), then asks the workflow, whose validator checks it again.
import { Injectable } from '@nestjs/common';
import { type Actor, type Language, reassignRefusal, reassignTaskUpdate, refuse, refuseField, render } from '#domain';
import { actorFromUser, DirectoryRepository, TasksRepository } from '#persistence';
import { LifecycleGateway, RefusedException } from '#temporal';
import { taskContext } from '../tasks/task-context.js';
import { TaskView } from '../tasks/task.view.js';
import type { ReassignAllDto, ReassignAllView } from './reassign.dto.js';
import { requireAdmin } from './stalled.service.js';

@Injectable()
export class ReassignService {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly directory: DirectoryRepository,
    private readonly lifecycle: LifecycleGateway,
  ) {}

  async reassign(admin: Actor, taskId: string, assigneeId: string): Promise<TaskView> {
    requireAdmin(admin);
    const assignee = await this.activePerson(assigneeId);
    return this.move(admin, taskId, assignee);
  }

  /**
   * The open tasks held by `fromId`: each named in `assignments` to its person, the rest to `assignee` (or left
   * where they are without one), each checked on its own; refusals in `language`.
   */
  async reassignAll(admin: Actor, fromId: string, dto: ReassignAllDto, language: Language): Promise<ReassignAllView> {
    requireAdmin(admin);
    const { assignee: everyone, assignments = [] } = dto;
    if (!everyone && assignments.length === 0) {
      throw new RefusedException(refuseField('assignee', 'reassign_all_needs_assignee', {}));
    }
    await this.person('id', fromId);
    const held = await this.tasks.heldBy(fromId);
    const notHeld = assignments.find((a) => !held.some((task) => task.id === a.taskId));
    if (notHeld)
      throw new RefusedException(refuseField('assignments', 'task_not_held_by', { id: notHeld.taskId, person: fromId }));
    const people = new Map<string, Actor>();
    for (const id of new Set([...(everyone ? [everyone] : []), ...assignments.map((a) => a.assignee)])) {
      people.set(id, await this.activePerson(id));
    }
    const targetOf = (taskId: string) => assignments.find((a) => a.taskId === taskId)?.assignee ?? everyone;
    const result: ReassignAllView = { moved: [], refused: [] };
    for (const task of held) {
      const target = targetOf(task.id);
      if (!target) continue;
      try {
        result.moved.push(await this.move(admin, task.id, people.get(target)!));
      } catch (error) {
        if (!(error instanceof RefusedException) || error.getStatus() >= 500) throw error;
        const { refusal } = error;
        result.refused.push({
          taskId: task.id,
          proposalId: task.proposalId,
          code: refusal.code,
          reason: render(language, refusal),
        });
      }
    }
    return result;
  }

  private async move(admin: Actor, taskId: string, assignee: Actor): Promise<TaskView> {
    const { task, proposalId, department, proposalTasks, duties } = await taskContext(this.tasks, taskId);
    const refusal = reassignRefusal(admin, task, department, assignee, proposalTasks, duties);
    if (refusal) throw new RefusedException(refusal);
    await this.lifecycle.update(proposalId, reassignTaskUpdate, { taskId, actor: admin, assignee });
    const row = await this.tasks.findById(taskId);
    if (!row) throw new RefusedException(refuse('task_not_found', { id: taskId }));
    return TaskView.of(row);
  }

  /** The person as the directory knows them (roles, department, domains, declared conflicts); `field` names them. */
  private async person(field: 'id' | 'assignee', id: string): Promise<Actor> {
    const user = await this.directory.findById(id);
    if (!user) throw new RefusedException(refuseField(field, 'person_not_found', { id }));
    return actorFromUser(user);
  }

  private async activePerson(id: string): Promise<Actor> {
    const user = await this.directory.findById(id);
    if (!user) throw new RefusedException(refuseField('assignee', 'person_not_found', { id }));
    if (!user.active) throw new RefusedException(refuseField('assignee', 'person_inactive', { id }));
    return actorFromUser(user);
  }
}
