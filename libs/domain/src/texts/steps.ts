// The lifecycle as a step indicator shows it: the main path through the stage table (stages.ts), where a
// proposal stands on it, and the stages it may move to next. Safe for the browser, like the rest of texts/.
import type { ProposalStatus } from '../lifecycle.js';
import { awaitingIn, STAGES } from '../stages.js';

export type { ProposalStatus };
/** The lists' grouping by whose move a stage awaits, for the console's filters and the manager's home. */
export { AWAITING, type Awaiting } from '../stages.js';

const isFinal = (status: ProposalStatus) => STAGES[status].final === true;

/**
 * From DRAFT, each stage's first move onwards that is not final and does not lead back to a stage already
 * passed: DRAFT … APPROVED, DEPLOYED, MONITORING. A detour (changes requested, a re-audit) is off the path.
 */
function mainPath(): ProposalStatus[] {
  const path: ProposalStatus[] = ['DRAFT'];
  for (;;) {
    const forward = STAGES[path[path.length - 1]].next.find(
      (to) => !isFinal(to) && !path.includes(to) && !STAGES[to].next.some((after) => path.includes(after)),
    );
    if (!forward) return path;
    path.push(forward);
  }
}

export const LIFECYCLE_PATH: readonly ProposalStatus[] = mainPath();

/** The step of the path a stage counts as: its own, or for a detour the last step of the path it comes from. */
function stepOf(status: ProposalStatus, seen = new Set<ProposalStatus>()): number {
  const own = LIFECYCLE_PATH.indexOf(status);
  if (own >= 0) return own;
  seen.add(status);
  const from = (Object.keys(STAGES) as ProposalStatus[]).filter((s) => !seen.has(s) && STAGES[s].next.includes(status));
  return Math.max(-1, ...from.map((s) => stepOf(s, new Set(seen))));
}

export interface LifecycleSteps {
  path: readonly ProposalStatus[];
  /** The step the proposal stands at (for a final stage, the last it may have reached; -1 for none). */
  step: number;
  /** The stage is on the path itself, not a detour or an end. */
  onPath: boolean;
  final: boolean;
  /** Where the lifecycle may take it from here. */
  next: readonly ProposalStatus[];
  /** The lifecycle waits on the proposal's department (to finish, revise, deploy, remediate). */
  waitsOnDepartment: boolean;
}

export function lifecycleSteps(status: ProposalStatus): LifecycleSteps {
  return {
    path: LIFECYCLE_PATH,
    step: stepOf(status),
    onPath: LIFECYCLE_PATH.includes(status),
    final: isFinal(status),
    next: STAGES[status].next,
    waitsOnDepartment: awaitingIn(status) === 'department',
  };
}
