// Whom an administrator may give a task to: the members of its candidate group that the domain's
// reassignment rule (assigneeRefusal) lets take it, least loaded first; the others with the rule's reason.
import { Injectable } from '@nestjs/common';
import {
  type Actor,
  assigneeRefusal,
  type Language,
  reassignableRefusal,
  recipientOf,
  type Refusal,
  refuse,
  render,
} from '#domain';
import { actorFromUser, DirectoryRepository, type MemberLoad, ProposalsRepository, TasksRepository } from '#persistence';
import { RefusedException } from '#temporal';
import { type TaskContext, taskContext } from '../tasks/task-context.js';
import { TaskView } from '../tasks/task.view.js';
import type { CandidateView, CandidatesView, HeldTaskView } from './candidates.view.js';
import { requireAdmin } from './stalled.service.js';

@Injectable()
export class CandidatesService {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly proposals: ProposalsRepository,
    private readonly directory: DirectoryRepository,
  ) {}

  async forTask(admin: Actor, taskId: string, language: Language): Promise<CandidatesView> {
    const context = await taskContext(this.tasks, taskId);
    const refusal = reassignableRefusal(admin, context.task);
    if (refusal) throw new RefusedException(refusal);
    return this.candidates(context, language);
  }

  /** The open tasks the person holds, due first, each with its proposal and its candidates. */
  async heldBy(admin: Actor, personId: string, language: Language): Promise<HeldTaskView[]> {
    requireAdmin(admin);
    if (!(await this.directory.findById(personId))) {
      throw new RefusedException(refuse('person_not_found', { id: personId }));
    }
    const held = await this.tasks.heldBy(personId);
    const proposals = new Map(
      (await this.proposals.summariesOf([...new Set(held.map((t) => t.proposalId))])).map((p) => [p.id, p]),
    );
    const views: HeldTaskView[] = [];
    for (const row of held) {
      const proposal = proposals.get(row.proposalId);
      views.push({
        task: TaskView.of(row),
        proposal: { id: row.proposalId, title: proposal?.title ?? '', department: proposal?.department ?? '' },
        candidates: await this.candidates(await taskContext(this.tasks, row.id), language),
      });
    }
    return views;
  }

  private async candidates(
    { task, department, proposalTasks, duties }: TaskContext,
    language: Language,
  ): Promise<CandidatesView> {
    const group = recipientOf(task.candidateGroup);
    const members = group.kind === 'group' ? await this.directory.membersWithLoad(group.role, group.domain) : [];
    const view: CandidatesView = { taskId: task.id, candidates: [], excluded: [] };
    for (const member of members) {
      if (member.user.id === task.assignee) continue;
      const refusal: Refusal | null = member.user.active
        ? assigneeRefusal(task, department, actorFromUser(member.user), proposalTasks, duties)
        : refuse('person_inactive', { id: member.user.id });
      if (refusal) view.excluded.push({ ...candidateOf(member), code: refusal.code, reason: render(language, refusal) });
      else view.candidates.push(candidateOf(member));
    }
    return view;
  }
}

const candidateOf = ({ user, openTasks, nearestDueAt }: MemberLoad): CandidateView => ({
  id: user.id,
  name: user.name,
  department: user.departmentCode,
  openTasks,
  nearestDueAt: nearestDueAt?.toISOString() ?? null,
});
