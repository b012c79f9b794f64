// The rules of DESIGN §1 for acting on a task, in one place: the API checks them before it asks the
// workflow, and the workflow's Update validators check them again.
import { type Actor, candidateGroupsOf, hasRole } from './actors.js';
import { isDecisionFor, needsComment } from './lifecycle.js';
import { DEFAULT_SEPARATION_OF_DUTIES, type SeparationOfDuties } from './policy/index.js';
import { actsFor, adminsMay, type DepartmentAction } from './stages.js';
import { type HumanTask, isTaskOpen } from './tasks.js';
import { type Refusal, refuse, refuseField } from './texts/index.js';

export type TaskAction =
  { type: 'claim' } | { type: 'release' } | { type: 'complete'; decision: string; comment?: string; conditions?: string[] };

/** Whether the actor may see the task at all (inbox, claim): eligible group, never their own department. */
export function eligibilityRefusal(actor: Actor, task: HumanTask, proposalDepartment: string): Refusal | null {
  if (!candidateGroupsOf(actor).includes(task.candidateGroup)) {
    return refuse('task_not_for_your_groups', { id: task.id, group: task.candidateGroup });
  }
  if (actor.department === proposalDepartment) {
    return refuse('own_department_review', { department: proposalDepartment });
  }
  return conflictRefusal(actor, task.proposalId, proposalDepartment);
}

/**
 * A conflict the person declared (kept in the directory): with this proposal, or with its department.
 * Updates recorded before conflicts existed carry none, hence the `?? []` for a field the type requires.
 */
export function conflictRefusal(actor: Actor, proposalId: string, proposalDepartment: string): Refusal | null {
  const declared = actor.conflicts ?? [];
  if (declared.includes(proposalId)) return refuse('conflict_declared_with_proposal', { id: proposalId });
  if (declared.includes(proposalDepartment))
    return refuse('conflict_declared_with_department', { department: proposalDepartment });
  return null;
}

/**
 * Which proposals a reader reads (DESIGN §1): administrators every one; a manager their department's, drafts
 * included; an expert or officer the submitted ones with a task of their candidate groups or assigned to them,
 * never of their own department nor of one they declared a conflict with (a department or the proposal).
 * Every proposal-scoped read applies it, in the repositories' SQL; one outside it is not found.
 */
export interface ReadScope {
  everything: boolean;
  departments: string[];
  /** Candidate groups whose tasks open a submitted proposal to the reader; empty for a reader who reviews nothing. */
  reviewGroups: string[];
  /** A task assigned to this person opens its proposal too (null: nobody's). */
  reviewer: string | null;
  /** Department codes and proposal ids no task opens: the reader's own department and declared conflicts. */
  reviewExcept: string[];
}

export function readScopeOf(actor: Actor): ReadScope {
  const reviewGroups = candidateGroupsOf(actor);
  return {
    everything: hasRole(actor, 'admin'),
    departments: hasRole(actor, 'department_manager') ? [actor.department] : [],
    reviewGroups,
    reviewer: reviewGroups.length > 0 ? actor.id : null,
    reviewExcept: [actor.department, ...(actor.conflicts ?? [])],
  };
}

/** A department's own action on its proposal: its manager, or an admin where `admins` allows. */
export function departmentActionRefusal(actor: Actor, department: string, action: DepartmentAction): Refusal | null {
  if (actsFor(actor, department, action)) return null;
  return refuse(adminsMay(action) ? 'department_manager_or_admin_only' : 'department_manager_only', { department });
}

/** What a decision must carry: a reason for anything but approval, conditions exactly for a conditional one. */
function decisionRefusal(kind: HumanTask['kind'], decision: string, comment = '', conditions: string[] = []): Refusal | null {
  if (!isDecisionFor(kind, decision)) return refuseField('decision', 'decision_not_for_kind', { kind, decision });
  if (needsComment(decision) && comment.trim() === '') return refuseField('comment', 'decision_needs_comment', { decision });
  if (decision === 'approve_with_conditions' && (conditions.length === 0 || conditions.some((c) => c.trim() === ''))) {
    return refuseField('conditions', 'decision_needs_conditions', { decision });
  }
  if (decision !== 'approve_with_conditions' && conditions.length > 0) {
    return refuseField('conditions', 'conditions_without_conditional_decision', { decision });
  }
  return null;
}

/**
 * `proposalTasks`, the proposal's tasks, enforce that no officer signs off the same proposal twice (a committee
 * member holds one seat) and the separation of duties of the proposal's policy (`duties`).
 */
export function taskActionRefusal(
  actor: Actor,
  task: HumanTask,
  proposalDepartment: string,
  action: TaskAction,
  proposalTasks: readonly HumanTask[] = [],
  duties: SeparationOfDuties = DEFAULT_SEPARATION_OF_DUTIES,
): Refusal | null {
  const isAdminRelease = action.type === 'release' && hasRole(actor, 'admin');
  if (!isAdminRelease) {
    const ineligible = eligibilityRefusal(actor, task, proposalDepartment);
    if (ineligible) return ineligible;
  }
  if (!isTaskOpen(task)) return notOpenRefusal(task);

  switch (action.type) {
    case 'claim':
      if (task.assignee && task.assignee !== actor.id) {
        return refuse('task_claimed_by_other', { id: task.id, assignee: task.assignee });
      }
      return dutiesRefusal(actor, task, proposalTasks, duties);
    case 'release':
      if (!task.assignee) return refuse('task_not_claimed', { id: task.id });
      if (task.assignee !== actor.id && !isAdminRelease) {
        return refuse('task_assigned_to_other', { id: task.id, assignee: task.assignee });
      }
      return null;
    case 'complete':
      if (task.assignee && task.assignee !== actor.id) {
        return refuse('task_assigned_to_other', { id: task.id, assignee: task.assignee });
      }
      return (
        decisionRefusal(task.kind, action.decision, action.comment, action.conditions) ??
        dutiesRefusal(actor, task, proposalTasks, duties)
      );
  }
}

const notOpenRefusal = (task: HumanTask): Refusal =>
  refuse(task.status === 'cancelled' ? 'task_cancelled' : 'task_completed', { id: task.id });

/** The proposal's other tasks that the person holds or decided (a cancelled one they held, neither). */
const othersHeldBy = (person: string, task: HumanTask, proposalTasks: readonly HumanTask[]): HumanTask[] =>
  proposalTasks.filter(
    (other) =>
      other.id !== task.id && other.status !== 'cancelled' && (other.assignee === person || other.decision?.by === person),
  );

/**
 * Who may take or decide the task, given what else of the proposal they hold or decided: one seat of a sign-off
 * each; at most `reviewsPerRound` reviews of a round; and unless the policy allows it, no sign-off by one who
 * reviewed the proposal, in any round. (The other way round cannot arise: no review follows the sign-off.)
 */
function dutiesRefusal(
  actor: Actor,
  task: HumanTask,
  proposalTasks: readonly HumanTask[],
  duties: SeparationOfDuties,
): Refusal | null {
  const held = othersHeldBy(actor.id, task, proposalTasks);
  if (task.kind === 'ethics_signoff') {
    if (held.some((other) => other.kind === 'ethics_signoff')) return refuse('second_signoff_seat', {});
    if (!duties.reviewerMaySignOff && held.some((other) => other.kind === 'expert_review'))
      return refuse('reviewer_signs_off', {});
  }
  if (task.kind === 'expert_review') {
    const sameRound = held.filter((other) => other.kind === 'expert_review' && other.round === task.round);
    if (sameRound.length >= duties.reviewsPerRound)
      return refuse('second_review_in_round', { round: task.round, max: duties.reviewsPerRound });
  }
  return null;
}

/**
 * An administrator gives an open task to another person (DESIGN §5; an absent colleague's work): the new
 * assignee must be one who could claim it — of its candidate group, not of the proposal's department, with
 * no declared conflict for the proposal or its department, for a sign-off holding no other seat, and within the
 * separation of duties of the proposal's policy.
 */
export function reassignRefusal(
  admin: Actor,
  task: HumanTask,
  proposalDepartment: string,
  assignee: Actor,
  proposalTasks: readonly HumanTask[] = [],
  duties: SeparationOfDuties = DEFAULT_SEPARATION_OF_DUTIES,
): Refusal | null {
  return reassignableRefusal(admin, task) ?? assigneeRefusal(task, proposalDepartment, assignee, proposalTasks, duties);
}

/** Whether the task can go to anyone at all: an administrator asks, and it is still open. */
export function reassignableRefusal(admin: Actor, task: HumanTask): Refusal | null {
  if (!hasRole(admin, 'admin')) return refuse('admin_only', {});
  return isTaskOpen(task) ? null : notOpenRefusal(task);
}

/** Whether this person may take the open task (the candidates of GET /api/admin/tasks/:id/candidates). */
export function assigneeRefusal(
  task: HumanTask,
  proposalDepartment: string,
  assignee: Actor,
  proposalTasks: readonly HumanTask[] = [],
  duties: SeparationOfDuties = DEFAULT_SEPARATION_OF_DUTIES,
): Refusal | null {
  if (task.assignee === assignee.id) return refuse('task_assigned_already', { id: task.id, assignee: assignee.id });
  if (!candidateGroupsOf(assignee).includes(task.candidateGroup)) {
    return refuse('assignee_not_in_group', { assignee: assignee.id, group: task.candidateGroup });
  }
  if (assignee.department === proposalDepartment) {
    return refuse('assignee_of_proposal_department', { assignee: assignee.id, department: proposalDepartment });
  }
  if (conflictRefusal(assignee, task.proposalId, proposalDepartment)) {
    return refuse('assignee_declared_conflict', { assignee: assignee.id });
  }
  const duty = dutiesRefusal(assignee, task, proposalTasks, duties);
  if (!duty) return null;
  return duty.code === 'second_signoff_seat'
    ? refuse('assignee_holds_other_seat', { assignee: assignee.id })
    : refuse('assignee_separation_of_duties', { assignee: assignee.id });
}
