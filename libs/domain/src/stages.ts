// The lifecycle of DESIGN §2 as one table: for each stage, the stages it may move to, what the department
// may do there, who is waited on and by which deadline of the policy, which task kind is open, whether it
// is final, and which decision the department is told of on arriving. The workflow's moves and validators,
// the API's refusals, the waits, the proposal's allowedActions and docs/lifecycle.md all read it.
import { type Actor, hasRole } from './actors.js';
import type { ProposalStatus, TaskKind } from './lifecycle.js';
import type { Deadlines } from './policy/index.js';

export const DEPARTMENT_ACTIONS = ['edit', 'submit', 'revise', 'withdraw', 'deploy', 'report_incident'] as const;
export type DepartmentAction = (typeof DEPARTMENT_ACTIONS)[number];

/** Who the lifecycle waits on in a stage; `system` moves on by itself (an activity, a timer). */
type WaitedOn = 'department' | 'experts' | 'officers' | 'system' | 'nobody';

/** The decisions the department hears of on arriving at a stage. */
export type DecisionNotice = 'approved' | 'rejected' | 'changes_requested' | 'remediation' | 'suspended' | 'retired';

export interface Stage {
  next: readonly ProposalStatus[];
  department: readonly DepartmentAction[];
  waitsOn: WaitedOn;
  /** The policy's deadline of the wait, in days. */
  deadline?: keyof Deadlines;
  /** The department's own wait, with its escalations (the admins' stalled list shows it). */
  departmentWait?: 'revision' | 'deployment' | 'remediation';
  /** The kind of task open in the stage. */
  task?: TaskKind;
  final?: true;
  notice?: DecisionNotice;
}

/** Before deployment the department may withdraw (DESIGN §2); a system in operation takes incident reports. */
const BEFORE_DEPLOYMENT = ['withdraw'] as const;
const IN_OPERATION = ['report_incident'] as const;

export const STAGES: Record<ProposalStatus, Stage> = {
  DRAFT: { next: ['SUBMITTED'], department: ['edit', 'submit'], waitsOn: 'department' },
  SUBMITTED: { next: ['SCREENING', 'WITHDRAWN'], department: BEFORE_DEPLOYMENT, waitsOn: 'system' },
  SCREENING: { next: ['EXPERT_REVIEW', 'REJECTED', 'WITHDRAWN'], department: BEFORE_DEPLOYMENT, waitsOn: 'system' },
  EXPERT_REVIEW: {
    next: ['REVISION_REQUESTED', 'ETHICS_SIGNOFF', 'REJECTED', 'WITHDRAWN'],
    department: BEFORE_DEPLOYMENT,
    waitsOn: 'experts',
    deadline: 'expertReviewDays',
    task: 'expert_review',
  },
  REVISION_REQUESTED: {
    next: ['SCREENING', 'WITHDRAWN'],
    department: ['edit', 'revise', ...BEFORE_DEPLOYMENT],
    waitsOn: 'department',
    deadline: 'revisionDays',
    departmentWait: 'revision',
    notice: 'changes_requested',
  },
  ETHICS_SIGNOFF: {
    next: ['APPROVED', 'REJECTED', 'WITHDRAWN'],
    department: BEFORE_DEPLOYMENT,
    waitsOn: 'officers',
    deadline: 'signoffDays',
    task: 'ethics_signoff',
  },
  APPROVED: {
    next: ['DEPLOYED', 'WITHDRAWN'],
    department: ['deploy', ...BEFORE_DEPLOYMENT],
    waitsOn: 'department',
    deadline: 'deploymentDays',
    departmentWait: 'deployment',
    notice: 'approved',
  },
  DEPLOYED: { next: ['MONITORING'], department: [], waitsOn: 'system' },
  MONITORING: { next: ['REAUDIT', 'SUSPENDED', 'RETIRED'], department: IN_OPERATION, waitsOn: 'system' },
  REAUDIT: {
    next: ['MONITORING', 'REMEDIATION', 'SUSPENDED', 'RETIRED'],
    department: IN_OPERATION,
    waitsOn: 'experts',
    deadline: 'reauditDays',
    task: 'reaudit',
  },
  REMEDIATION: {
    next: ['REAUDIT', 'SUSPENDED', 'RETIRED'],
    department: ['revise', ...IN_OPERATION],
    waitsOn: 'department',
    deadline: 'remediationDays',
    departmentWait: 'remediation',
    notice: 'remediation',
  },
  // Suspended until a re-audit passes: one is open at once.
  SUSPENDED: {
    next: ['MONITORING', 'REAUDIT', 'REMEDIATION', 'RETIRED'],
    department: IN_OPERATION,
    waitsOn: 'experts',
    deadline: 'reauditDays',
    task: 'reaudit',
    notice: 'suspended',
  },
  RETIRED: { next: [], department: [], waitsOn: 'nobody', final: true, notice: 'retired' },
  REJECTED: { next: [], department: [], waitsOn: 'nobody', final: true, notice: 'rejected' },
  WITHDRAWN: { next: [], department: [], waitsOn: 'nobody', final: true },
};

export const canMove = (from: ProposalStatus, to: ProposalStatus): boolean => STAGES[from].next.includes(to);

/** A move the table does not list: a bug of the workflow code, never a person's mistake. */
export class IllegalMove extends Error {
  constructor(from: ProposalStatus, to: ProposalStatus) {
    super(`the lifecycle does not move from ${from} to ${to}`);
  }
}

export function assertMove(from: ProposalStatus, to: ProposalStatus): void {
  if (!canMove(from, to)) throw new IllegalMove(from, to);
}

export const departmentMay = (status: ProposalStatus, action: DepartmentAction): boolean =>
  STAGES[status].department.includes(action);

/** What a department's lists sort its proposals by: its own move awaited, the review's (or the system's), or none. */
export const AWAITING = ['department', 'review', 'nobody'] as const;
export type Awaiting = (typeof AWAITING)[number];

export const awaitingIn = (status: ProposalStatus): Awaiting =>
  STAGES[status].final ? 'nobody' : STAGES[status].waitsOn === 'department' ? 'department' : 'review';

export const stagesAwaiting = (awaiting: Awaiting): ProposalStatus[] =>
  (Object.keys(STAGES) as ProposalStatus[]).filter((status) => awaitingIn(status) === awaiting);

/** The stages a task kind is open in, the first of them its own (a re-audit's is REAUDIT). */
export const stageOfTask = (kind: TaskKind): ProposalStatus =>
  (Object.keys(STAGES) as ProposalStatus[]).find((status) => STAGES[status].task === kind)!;

/** The department's wait of a stage, with its due time in days, or null where the stage waits on others. */
export function departmentWaitOf(
  status: ProposalStatus,
  deadlines: Deadlines,
): { kind: NonNullable<Stage['departmentWait']>; days: number } | null {
  const { departmentWait, deadline } = STAGES[status];
  return departmentWait && deadline ? { kind: departmentWait, days: deadlines[deadline] } : null;
}

/** Besides the department's own managers, an administrator may report an incident on any system (DESIGN §5). */
export const adminsMay = (action: DepartmentAction): boolean => action === 'report_incident';

/** Whether the actor may take this action for the department (whatever the stage). */
export const actsFor = (actor: Actor, department: string, action: DepartmentAction): boolean =>
  (hasRole(actor, 'department_manager') && actor.department === department) || (adminsMay(action) && hasRole(actor, 'admin'));

/** What the actor may do to the proposal now: the proposal view's allowedActions, which the console shows. */
export const allowedActions = (actor: Actor, { status, department }: { status: ProposalStatus; department: string }) =>
  STAGES[status].department.filter((action) => actsFor(actor, department, action));
