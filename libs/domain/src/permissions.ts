// The rules of DESIGN §1 for acting on a task, in one place: the API checks them before it asks the
// workflow, and the workflow's Update validators check them again.
import { type Actor, candidateGroupsOf, hasRole } from './actors.js';
import { isDecisionFor, needsComment } from './lifecycle.js';
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
 * `proposalTasks`, the proposal's tasks, enforce that no officer signs off the same proposal twice: a
 * committee member holds one seat.
 */
export function taskActionRefusal(
  actor: Actor,
  task: HumanTask,
  proposalDepartment: string,
  action: TaskAction,
  proposalTasks: readonly HumanTask[] = [],
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
      return secondSeatRefusal(actor, task, proposalTasks);
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
        secondSeatRefusal(actor, task, proposalTasks)
      );
  }
}

const notOpenRefusal = (task: HumanTask): Refusal =>
  refuse(task.status === 'cancelled' ? 'task_cancelled' : 'task_completed', { id: task.id });

function secondSeatRefusal(actor: Actor, task: HumanTask, proposalTasks: readonly HumanTask[]): Refusal | null {
  if (task.kind !== 'ethics_signoff') return null;
  const holdsAnother = proposalTasks.some(
    (other) =>
      other.id !== task.id &&
      other.kind === 'ethics_signoff' &&
      other.status !== 'cancelled' &&
      (other.assignee === actor.id || other.decision?.by === actor.id),
  );
  return holdsAnother ? refuse('second_signoff_seat', {}) : null;
}

/**
 * An administrator gives an open task to another person (DESIGN §5; an absent colleague's work): the new
 * assignee must be one who could claim it — of its candidate group, not of the proposal's department, with
 * no declared conflict for the proposal or its department, and for a sign-off holding no other seat.
 */
export function reassignRefusal(
  admin: Actor,
  task: HumanTask,
  proposalDepartment: string,
  assignee: Actor,
  proposalTasks: readonly HumanTask[] = [],
): Refusal | null {
  if (!hasRole(admin, 'admin')) return refuse('admin_only', {});
  if (!isTaskOpen(task)) return notOpenRefusal(task);
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
  const secondSeat = secondSeatRefusal(assignee, task, proposalTasks);
  return secondSeat && refuse('assignee_holds_other_seat', { assignee: assignee.id });
}
