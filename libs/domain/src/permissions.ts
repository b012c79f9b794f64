// The rules of DESIGN §1 for acting on a task, in one place: the API checks them before it asks the
// workflow, and the workflow's Update validators check them again.
import { type Actor, candidateGroupsOf, hasRole } from './actors.js';
import { isDecisionFor } from './lifecycle.js';
import { type HumanTask, isTaskOpen } from './tasks.js';

export type RefusalCode = 'forbidden' | 'conflict' | 'invalid';
export interface Refusal {
  code: RefusalCode;
  message: string;
}

export type TaskAction = { type: 'claim' } | { type: 'release' } | { type: 'complete'; decision: string };

const refuse = (code: RefusalCode, message: string): Refusal => ({ code, message });

/** Whether the actor may see the task at all (inbox, claim): eligible group, never their own department. */
export function eligibilityRefusal(actor: Actor, task: HumanTask, proposalDepartment: string): Refusal | null {
  if (!candidateGroupsOf(actor).includes(task.candidateGroup)) {
    return refuse('forbidden', `task ${task.id} is for ${task.candidateGroup}, not one of your groups`);
  }
  if (actor.department === proposalDepartment) {
    return refuse('forbidden', `you cannot review a proposal of your own department (${proposalDepartment})`);
  }
  return null;
}

export function taskActionRefusal(actor: Actor, task: HumanTask, proposalDepartment: string, action: TaskAction): Refusal | null {
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
      return null;
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
      if (!isDecisionFor(task.kind, action.decision)) {
        return refuse('invalid', `'${action.decision}' is not a decision for a ${task.kind} task`);
      }
      return null;
  }
}
