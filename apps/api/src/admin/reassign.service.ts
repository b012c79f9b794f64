// Reassignment by an administrator: the API checks the domain's rule on its read model and directory
// first (a clear 4xx, nothing sent), then asks the workflow, whose validator checks it again.
import { Injectable } from '@nestjs/common';
import { type Actor, type Language, reassignRefusal, reassignTaskUpdate, refuse, refuseField, render } from '#domain';
import { actorFromUser, DirectoryRepository, TasksRepository } from '#persistence';
import { LifecycleGateway, RefusedException } from '#temporal';
import { taskContext } from '../tasks/task-context.js';
import { TaskView } from '../tasks/task.view.js';
import type { ReassignAllView } from './reassign.dto.js';
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

  /** Every open task held by `fromId` goes to the assignee, each checked on its own; refusals in `language`. */
  async reassignAll(admin: Actor, fromId: string, assigneeId: string, language: Language): Promise<ReassignAllView> {
    requireAdmin(admin);
    await this.person('id', fromId);
    const assignee = await this.activePerson(assigneeId);
    const held = await this.tasks.heldBy(fromId);
    const result: ReassignAllView = { moved: [], refused: [] };
    for (const task of held) {
      try {
        result.moved.push(await this.move(admin, task.id, assignee));
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
    const { task, proposalId, department, proposalTasks } = await taskContext(this.tasks, taskId);
    const refusal = reassignRefusal(admin, task, department, assignee, proposalTasks);
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
