// The lifecycle's table: every move it lists is allowed and every other one refused, and the table holds
// together (final stages lead nowhere, every stage is reached and can end, waits have their deadlines).
import type { Actor } from './actors.js';
import { PROPOSAL_STATUSES, type ProposalStatus } from './lifecycle.js';
import {
  allowedActions,
  assertMove,
  AWAITING,
  canMove,
  departmentWaitOf,
  IllegalMove,
  STAGES,
  stageOfTask,
  stagesAwaiting,
} from './stages.js';
import type { Deadlines } from './policy/index.js';

const pairs = PROPOSAL_STATUSES.flatMap((from) => PROPOSAL_STATUSES.map((to) => [from, to] as const));
const listed = pairs.filter(([from, to]) => STAGES[from].next.includes(to));
const missing = pairs.filter(([from, to]) => !STAGES[from].next.includes(to));

it.each(listed)('moves from %s to %s', (from, to) => {
  expect(canMove(from, to)).toBe(true);
  expect(() => assertMove(from, to)).not.toThrow();
});

it.each(missing)('refuses to move from %s to %s', (from, to) => {
  expect(canMove(from, to)).toBe(false);
  expect(() => assertMove(from, to)).toThrow(IllegalMove);
});

/** The stages reachable from `start` by the table's moves. */
function reachable(start: ProposalStatus): Set<ProposalStatus> {
  const seen = new Set<ProposalStatus>([start]);
  for (const stage of seen) for (const next of STAGES[stage].next) seen.add(next);
  return seen;
}

it('reaches every stage from DRAFT, and from every stage an end', () => {
  expect([...reachable('DRAFT')].sort()).toEqual([...PROPOSAL_STATUSES].sort());
  for (const stage of PROPOSAL_STATUSES) {
    expect([stage, [...reachable(stage)].some((s) => STAGES[s].final)]).toEqual([stage, true]);
  }
});

it('final stages lead nowhere and take nothing from anyone', () => {
  const finals = PROPOSAL_STATUSES.filter((s) => STAGES[s].final);
  expect(finals.sort()).toEqual(['REJECTED', 'RETIRED', 'WITHDRAWN']);
  for (const stage of finals) expect(STAGES[stage]).toMatchObject({ next: [], department: [], waitsOn: 'nobody' });
});

it('the department may withdraw exactly before deployment, and withdrawing leads to WITHDRAWN', () => {
  const beforeDeployment = PROPOSAL_STATUSES.filter((s) => !['DRAFT', 'DEPLOYED'].includes(s) && reachable(s).has('DEPLOYED'));
  const withdrawable = PROPOSAL_STATUSES.filter((s) => STAGES[s].department.includes('withdraw'));
  expect(withdrawable.sort()).toEqual(beforeDeployment.sort());
  for (const stage of withdrawable) expect(canMove(stage, 'WITHDRAWN')).toBe(true);
});

it('every wait on people has a deadline; the department waits are the stages it must act in', () => {
  for (const stage of PROPOSAL_STATUSES) {
    const { waitsOn, deadline, task, departmentWait, department } = STAGES[stage];
    if (task)
      expect([stage, waitsOn, Boolean(deadline)]).toEqual([stage, task === 'ethics_signoff' ? 'officers' : 'experts', true]);
    if (departmentWait) {
      expect([stage, waitsOn, Boolean(deadline)]).toEqual([stage, 'department', true]);
      expect(department.some((a) => a === 'revise' || a === 'deploy')).toBe(true);
    }
  }
  expect(stageOfTask('expert_review')).toBe('EXPERT_REVIEW');
  expect(stageOfTask('reaudit')).toBe('REAUDIT');
  const deadlines = { revisionDays: 20, deploymentDays: 90, remediationDays: 30 } as Deadlines;
  expect(departmentWaitOf('REVISION_REQUESTED', deadlines)).toEqual({ kind: 'revision', days: 20 });
  expect(departmentWaitOf('APPROVED', deadlines)).toEqual({ kind: 'deployment', days: 90 });
  expect(departmentWaitOf('REMEDIATION', deadlines)).toEqual({ kind: 'remediation', days: 30 });
  expect(departmentWaitOf('EXPERT_REVIEW', deadlines)).toBeNull();
});

const person = (roles: Actor['roles'], department: string): Actor => ({
  id: 'someone',
  name: 'someone',
  roles,
  department,
  domains: [],
  conflicts: [],
});

it("offers the department's actions to its own managers only, and the incident report to administrators", () => {
  const own = person(['department_manager'], 'WELFARE');
  const other = person(['department_manager'], 'TRANSPORT');
  const admin = person(['admin'], 'DIGITAL');
  const expert = person(['foundation_expert'], 'SAIF');
  const proposal = (status: ProposalStatus) => ({ status, department: 'WELFARE' });
  expect(allowedActions(own, proposal('DRAFT'))).toEqual(['edit', 'submit']);
  expect(allowedActions(own, proposal('REVISION_REQUESTED'))).toEqual(['edit', 'revise', 'withdraw']);
  expect(allowedActions(own, proposal('APPROVED'))).toEqual(['deploy', 'withdraw']);
  expect(allowedActions(own, proposal('REMEDIATION'))).toEqual(['revise', 'report_incident']);
  expect(allowedActions(own, proposal('DEPLOYED'))).toEqual([]);
  expect(allowedActions(own, proposal('WITHDRAWN'))).toEqual([]);
  for (const status of PROPOSAL_STATUSES) {
    expect(allowedActions(other, proposal(status))).toEqual([]);
    expect(allowedActions(expert, proposal(status))).toEqual([]);
    const incident = STAGES[status].department.includes('report_incident');
    expect(allowedActions(admin, proposal(status))).toEqual(incident ? ['report_incident'] : []);
  }
});

it("the lists' groups by whose move is awaited take each stage once: the department's own, the review's, or none", () => {
  const groups = AWAITING.map((awaiting) => stagesAwaiting(awaiting).sort());
  expect(groups.flat().sort()).toEqual([...PROPOSAL_STATUSES].sort());
  expect(groups[0]).toEqual(['APPROVED', 'DRAFT', 'REMEDIATION', 'REVISION_REQUESTED']);
  expect(groups[2]).toEqual(['REJECTED', 'RETIRED', 'WITHDRAWN']);
});
