// The rules of DESIGN §1 for acting on a task, in one place: the API checks them before it asks the
// workflow, and the workflow's Update validators check them again.
import { type Actor, candidateGroupsOf, hasRole } from './actors.js';
import { isDecisionFor, needsComment } from './lifecycle.js';
import { type HumanTask, isTaskOpen } from './tasks.js';

export type RefusalCode = 'forbidden' | 'conflict' | 'invalid';
export interface Refusal {
  code: RefusalCode;
  message: string;
}

export type TaskAction =
  { type: 'claim' } | { type: 'release' } | { type: 'complete'; decision: string; comment?: string; conditions?: string[] };

const refuse = (code: RefusalCode, message: string): Refusal => ({ code, message });

/** Whether the actor may see the task at all (inbox, claim): eligible group, never their own department. */
export function eligibilityRefusal(actor: Actor, task: HumanTask, proposalDepartment: string): Refusal | null {
  if (!candidateGroupsOf(actor).includes(task.candidateGroup)) {
    return refuse('forbidden', `task ${task.id} is for ${task.candidateGroup}, not one of your groups`);
  }
  if (actor.department === proposalDepartment) {
    return refuse('forbidden', `you cannot review a proposal of your own department (${proposalDepartment})`);
  }
  return conflictRefusal(actor, task.proposalId, proposalDepartment);
}

/**
 * A conflict the person declared (kept in the directory): with this proposal, or with its department.
 * Updates recorded before conflicts existed carry none, hence the `?? []` for a field the type requires.
 */
export function conflictRefusal(actor: Actor, proposalId: string, proposalDepartment: string): Refusal | null {
  const declared = actor.conflicts ?? [];
  if (declared.includes(proposalId))
    return refuse('forbidden', `you declared a conflict of interest with proposal ${proposalId}`);
  if (declared.includes(proposalDepartment)) {
    return refuse('forbidden', `you declared a conflict of interest with the department ${proposalDepartment}`);
  }
  return null;
}

/** A department's own action on its proposal: its manager, or an admin where `admins` allows. */
export function departmentActionRefusal(actor: Actor, department: string, { admins = false } = {}): Refusal | null {
  if (admins && hasRole(actor, 'admin')) return null;
  if (hasRole(actor, 'department_manager') && actor.department === department) return null;
  return refuse('forbidden', `only a manager of ${department}${admins ? ' or an admin' : ''} may do this`);
}

/** What a decision must carry: a reason for anything but approval, conditions exactly for a conditional one. */
export function decisionRefusal(
  kind: HumanTask['kind'],
  decision: string,
  comment = '',
  conditions: string[] = [],
): Refusal | null {
  if (!isDecisionFor(kind, decision)) return refuse('invalid', `'${decision}' is not a decision for a ${kind} task`);
  if (needsComment(decision) && comment.trim() === '') return refuse('invalid', `comment is required for ${decision}`);
  if (decision === 'approve_with_conditions' && (conditions.length === 0 || conditions.some((c) => c.trim() === ''))) {
    return refuse('invalid', 'conditions are required for approve_with_conditions, none of them blank');
  }
  if (decision !== 'approve_with_conditions' && conditions.length > 0) {
    return refuse('invalid', `conditions belong only to approve_with_conditions, not ${decision}`);
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
  if (!isTaskOpen(task)) return refuse('conflict', `task ${task.id} is already ${task.status}`);

  switch (action.type) {
    case 'claim':
      if (task.assignee && task.assignee !== actor.id) {
        return refuse('conflict', `task ${task.id} is already claimed by ${task.assignee}`);
      }
      return secondSeatRefusal(actor, task, proposalTasks);
    case 'release':
      if (!task.assignee) return refuse('conflict', `task ${task.id} is not claimed`);
      if (task.assignee !== actor.id && !isAdminRelease) {
        return refuse('forbidden', `task ${task.id} is claimed by ${task.assignee}`);
      }
      return null;
    case 'complete':
      if (task.assignee && task.assignee !== actor.id) {
        return refuse('forbidden', `task ${task.id} is assigned to ${task.assignee}`);
      }
      return (
        decisionRefusal(task.kind, action.decision, action.comment, action.conditions) ??
        secondSeatRefusal(actor, task, proposalTasks)
      );
  }
}

function secondSeatRefusal(actor: Actor, task: HumanTask, proposalTasks: readonly HumanTask[]): Refusal | null {
  if (task.kind !== 'ethics_signoff') return null;
  const holdsAnother = proposalTasks.some(
    (other) =>
      other.id !== task.id &&
      other.kind === 'ethics_signoff' &&
      other.status !== 'cancelled' &&
      (other.assignee === actor.id || other.decision?.by === actor.id),
  );
  return holdsAnother
    ? refuse('conflict', 'you hold another seat of this sign-off already: no officer signs off a proposal twice')
    : null;
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
  if (!hasRole(admin, 'admin')) return refuse('forbidden', 'only an administrator may reassign a task');
  if (!isTaskOpen(task)) return refuse('conflict', `task ${task.id} is already ${task.status}`);
  if (task.assignee === assignee.id) return refuse('conflict', `task ${task.id} is assigned to ${assignee.id} already`);
  if (!candidateGroupsOf(assignee).includes(task.candidateGroup)) {
    return refuse('invalid', `${assignee.id} is not of ${task.candidateGroup}, the task's candidate group`);
  }
  if (assignee.department === proposalDepartment) {
    return refuse('invalid', `${assignee.id} works in ${proposalDepartment}, the proposal's own department`);
  }
  if (conflictRefusal(assignee, task.proposalId, proposalDepartment)) {
    return refuse('invalid', `${assignee.id} declared a conflict of interest with this proposal or its department`);
  }
  const secondSeat = secondSeatRefusal(assignee, task, proposalTasks);
  return secondSeat && refuse('invalid', `${assignee.id} holds another seat of this sign-off already`);
}
