import { type Actor, candidateGroupFor } from './actors.js';
import { DECISIONS } from './lifecycle.js';
import { eligibilityRefusal, readScopeOf, reassignRefusal, taskActionRefusal } from './permissions.js';
import type { HumanTask } from './tasks.js';

const PROPOSAL_DEPT = 'transport-policy';

const expert = (overrides: Partial<Actor> = {}): Actor => ({
  id: 'u-expert-kim',
  name: 'Kim Minji',
  roles: ['foundation_expert'],
  department: 'seoul-ai-foundation',
  domains: ['technical'],
  conflicts: [],
  ...overrides,
});
const otherExpert = expert({ id: 'u-expert-lee', name: 'Lee Jiho' });
const officer: Actor = {
  id: 'u-officer-park',
  name: 'Park Seoyeon',
  roles: ['ethics_officer'],
  department: 'digital-policy',
  domains: [],
  conflicts: [],
};
const admin: Actor = { id: 'u-admin', name: 'Admin', roles: ['admin'], department: 'it-operations', domains: [], conflicts: [] };

const reviewTask = (overrides: Partial<HumanTask> = {}): HumanTask => ({
  id: 'task-1',
  proposalId: 'prop-1',
  kind: 'expert_review',
  domain: 'technical',
  round: 1,
  status: 'open',
  candidateGroup: candidateGroupFor('expert_review', 'technical'),
  assignee: null,
  dueAt: '2026-03-16T09:00:00.000Z',
  escalationLevel: 0,
  ...overrides,
});
const claimedBy = (actor: Actor, overrides: Partial<HumanTask> = {}) =>
  reviewTask({ status: 'claimed', assignee: actor.id, ...overrides });
const signoffTask = (overrides: Partial<HumanTask> = {}): HumanTask =>
  reviewTask({
    id: 'task-2',
    kind: 'ethics_signoff',
    domain: 'ethics',
    candidateGroup: candidateGroupFor('ethics_signoff', 'ethics'),
    ...overrides,
  });

const CLAIM = { type: 'claim' } as const;
const RELEASE = { type: 'release' } as const;
const complete = (decision: string, comment = 'reasons given', conditions?: string[]) =>
  ({ type: 'complete', decision, comment, conditions }) as const;

describe('eligibilityRefusal', () => {
  it('an expert of another department with the task domain is eligible', () => {
    expect(eligibilityRefusal(expert(), reviewTask(), PROPOSAL_DEPT)).toBeNull();
  });

  it('an expert without the task domain is refused as forbidden', () => {
    const refusal = eligibilityRefusal(expert({ domains: ['privacy_legal'] }), reviewTask(), PROPOSAL_DEPT);
    expect(refusal).toEqual({
      kind: 'forbidden',
      code: 'task_not_for_your_groups',
      params: { id: 'task-1', group: 'experts:technical' },
    });
  });

  it("an expert of the proposal's own department is refused as forbidden", () => {
    const refusal = eligibilityRefusal(expert({ department: PROPOSAL_DEPT }), reviewTask(), PROPOSAL_DEPT);
    expect(refusal).toEqual({ kind: 'forbidden', code: 'own_department_review', params: { department: PROPOSAL_DEPT } });
  });

  it('an expert who declared a conflict with the proposal is refused as forbidden, naming it', () => {
    const refusal = eligibilityRefusal(expert({ conflicts: ['prop-1'] }), reviewTask(), PROPOSAL_DEPT);
    expect(refusal).toEqual({ kind: 'forbidden', code: 'conflict_declared_with_proposal', params: { id: 'prop-1' } });
  });

  it("an expert who declared a conflict with the proposal's department is refused as forbidden", () => {
    const refusal = eligibilityRefusal(expert({ conflicts: [PROPOSAL_DEPT] }), reviewTask(), PROPOSAL_DEPT);
    expect(refusal).toEqual({
      kind: 'forbidden',
      code: 'conflict_declared_with_department',
      params: { department: PROPOSAL_DEPT },
    });
  });

  it('conflicts with other proposals and departments leave the expert eligible', () => {
    expect(eligibilityRefusal(expert({ conflicts: ['prop-2', 'WELFARE'] }), reviewTask(), PROPOSAL_DEPT)).toBeNull();
  });

  it('an officer who declared a conflict may not sign the proposal off either', () => {
    expect(eligibilityRefusal({ ...officer, conflicts: ['prop-1'] }, signoffTask(), PROPOSAL_DEPT)?.kind).toBe('forbidden');
  });

  it('an actor sent in an Update recorded before conflicts existed (none carried) is judged as having none', () => {
    const { conflicts: _none, ...older } = expert();
    expect(eligibilityRefusal(older as Actor, reviewTask(), PROPOSAL_DEPT)).toBeNull();
  });

  it('a domain listed on an actor without the expert role does not make them eligible', () => {
    const manager = expert({ roles: ['department_manager'] });
    expect(eligibilityRefusal(manager, reviewTask(), PROPOSAL_DEPT)?.kind).toBe('forbidden');
  });
});

describe('taskActionRefusal: claim', () => {
  it('an eligible expert may claim an open task', () => {
    expect(taskActionRefusal(expert(), reviewTask(), PROPOSAL_DEPT, CLAIM)).toBeNull();
  });

  it('an expert without the domain may not claim it', () => {
    expect(taskActionRefusal(expert({ domains: ['accessibility'] }), reviewTask(), PROPOSAL_DEPT, CLAIM)?.kind).toBe('forbidden');
  });

  it("an expert of the proposal's own department may not claim it", () => {
    expect(taskActionRefusal(expert({ department: PROPOSAL_DEPT }), reviewTask(), PROPOSAL_DEPT, CLAIM)?.kind).toBe('forbidden');
  });

  it('claiming a task someone else claimed is a conflict naming the assignee', () => {
    const refusal = taskActionRefusal(expert(), claimedBy(otherExpert), PROPOSAL_DEPT, CLAIM);
    expect(refusal).toEqual({
      kind: 'conflict',
      code: 'task_claimed_by_other',
      params: { id: 'task-1', assignee: otherExpert.id },
    });
  });

  it('claiming again a task one already holds is allowed', () => {
    expect(taskActionRefusal(expert(), claimedBy(expert()), PROPOSAL_DEPT, CLAIM)).toBeNull();
  });

  it.each(['completed', 'cancelled'] as const)('claiming a %s task is a conflict', (status) => {
    expect(taskActionRefusal(expert(), reviewTask({ status }), PROPOSAL_DEPT, CLAIM)?.kind).toBe('conflict');
  });

  it('a conflicted expert may neither claim nor complete, even a task they hold', () => {
    const conflicted = expert({ conflicts: [PROPOSAL_DEPT] });
    expect(taskActionRefusal(conflicted, reviewTask(), PROPOSAL_DEPT, CLAIM)?.kind).toBe('forbidden');
    expect(taskActionRefusal(conflicted, claimedBy(conflicted), PROPOSAL_DEPT, complete('approve'))?.kind).toBe('forbidden');
  });

  it('an admin has no right to claim a review task', () => {
    expect(taskActionRefusal(admin, reviewTask(), PROPOSAL_DEPT, CLAIM)?.kind).toBe('forbidden');
  });
});

describe('taskActionRefusal: complete', () => {
  it.each(DECISIONS.expert_review)('the assignee may complete an expert review with %s', (decision) => {
    expect(taskActionRefusal(expert(), claimedBy(expert()), PROPOSAL_DEPT, complete(decision))).toBeNull();
  });

  it('an eligible expert who is not the assignee of a claimed task may not complete it', () => {
    const refusal = taskActionRefusal(expert(), claimedBy(otherExpert), PROPOSAL_DEPT, complete('approve'));
    expect(refusal).toEqual({
      kind: 'forbidden',
      code: 'task_assigned_to_other',
      params: { id: 'task-1', assignee: otherExpert.id },
    });
  });

  it.each(['completed', 'cancelled'] as const)('completing a %s task is a conflict', (status) => {
    const task = claimedBy(expert(), { status });
    const refusal = taskActionRefusal(expert(), task, PROPOSAL_DEPT, complete('approve'));
    expect(refusal).toEqual({ kind: 'conflict', code: `task_${status}`, params: { id: 'task-1' } });
  });

  it('a decision that is not one of the kind is invalid', () => {
    const refusal = taskActionRefusal(expert(), claimedBy(expert()), PROPOSAL_DEPT, complete('pass'));
    expect(refusal).toMatchObject({
      kind: 'invalid',
      code: 'decision_not_for_kind',
      params: { kind: 'expert_review', decision: 'pass' },
      fields: [{ field: 'decision', code: 'decision_not_for_kind' }],
    });
  });

  it('a re-audit task takes the re-audit outcomes, not approve', () => {
    const task = claimedBy(expert(), { kind: 'reaudit', candidateGroup: candidateGroupFor('reaudit', 'technical') });
    for (const decision of DECISIONS.reaudit)
      expect(taskActionRefusal(expert(), task, PROPOSAL_DEPT, complete(decision))).toBeNull();
    expect(taskActionRefusal(expert(), task, PROPOSAL_DEPT, complete('approve'))?.kind).toBe('invalid');
  });

  it('anything but approval needs a comment; an approval does not', () => {
    const params = { decision: 'request_changes', field: 'comment' };
    expect(taskActionRefusal(expert(), claimedBy(expert()), PROPOSAL_DEPT, complete('request_changes', ' '))).toEqual({
      kind: 'invalid',
      code: 'decision_needs_comment',
      params,
      fields: [{ field: 'comment', code: 'decision_needs_comment', params }],
    });
    expect(taskActionRefusal(expert(), claimedBy(expert()), PROPOSAL_DEPT, complete('approve', ''))).toBeNull();
  });

  it('an ineligible actor is refused as forbidden before the decision is looked at', () => {
    const outsider = expert({ domains: ['external'] });
    expect(taskActionRefusal(outsider, claimedBy(outsider), PROPOSAL_DEPT, complete('nonsense'))?.kind).toBe('forbidden');
  });
});

describe('taskActionRefusal: ethics sign-off', () => {
  it('the sign-off task is for the ethics officers', () => {
    expect(signoffTask().candidateGroup).toBe('ethics_officers');
  });

  it('an ethics officer may claim and complete it', () => {
    expect(taskActionRefusal(officer, signoffTask(), PROPOSAL_DEPT, CLAIM)).toBeNull();
    const claimed = signoffTask({ status: 'claimed', assignee: officer.id });
    expect(taskActionRefusal(officer, claimed, PROPOSAL_DEPT, complete('approve'))).toBeNull();
  });

  it('a foundation expert may not claim it', () => {
    expect(taskActionRefusal(expert({ domains: ['ethics_social'] }), signoffTask(), PROPOSAL_DEPT, CLAIM)?.kind).toBe(
      'forbidden',
    );
  });

  it("an ethics officer of the proposal's own department may not claim it", () => {
    const own = { ...officer, department: PROPOSAL_DEPT };
    expect(taskActionRefusal(own, signoffTask(), PROPOSAL_DEPT, CLAIM)?.kind).toBe('forbidden');
  });

  it('a committee member holds one seat: no second task of the same sign-off, claimed or decided', () => {
    const seat = signoffTask({ id: 'seat-1', status: 'claimed', assignee: officer.id });
    const other = signoffTask({ id: 'seat-2' });
    expect(taskActionRefusal(officer, other, PROPOSAL_DEPT, CLAIM, [seat, other])?.kind).toBe('conflict');
    const decided = { ...seat, status: 'completed' as const, assignee: officer.id };
    expect(taskActionRefusal(officer, other, PROPOSAL_DEPT, complete('approve'), [decided, other])?.kind).toBe('conflict');
    const released = { ...seat, status: 'cancelled' as const };
    expect(taskActionRefusal(officer, other, PROPOSAL_DEPT, CLAIM, [released, other])).toBeNull();
  });

  it('a conditional approval carries its conditions; no other decision carries any', () => {
    const claimed = signoffTask({ status: 'claimed', assignee: officer.id });
    expect(
      taskActionRefusal(officer, claimed, PROPOSAL_DEPT, complete('approve_with_conditions', 'why', ['Notice on the page'])),
    ).toBeNull();
    expect(taskActionRefusal(officer, claimed, PROPOSAL_DEPT, complete('approve_with_conditions', 'why', [' ']))?.kind).toBe(
      'invalid',
    );
    expect(taskActionRefusal(officer, claimed, PROPOSAL_DEPT, complete('approve', '', ['x']))?.kind).toBe('invalid');
  });
});

describe('taskActionRefusal: release', () => {
  it('the assignee may release a claimed task', () => {
    expect(taskActionRefusal(expert(), claimedBy(expert()), PROPOSAL_DEPT, RELEASE)).toBeNull();
  });

  it('an eligible expert who is not the assignee may not release it', () => {
    const refusal = taskActionRefusal(expert(), claimedBy(otherExpert), PROPOSAL_DEPT, RELEASE);
    expect(refusal).toEqual({
      kind: 'forbidden',
      code: 'task_assigned_to_other',
      params: { id: 'task-1', assignee: otherExpert.id },
    });
  });

  it("an admin may release anyone's claimed task, without being in its group", () => {
    expect(taskActionRefusal(admin, claimedBy(otherExpert), PROPOSAL_DEPT, RELEASE)).toBeNull();
  });

  it('releasing a task nobody claimed is a conflict, for an admin too', () => {
    expect(taskActionRefusal(expert(), reviewTask(), PROPOSAL_DEPT, RELEASE)?.kind).toBe('conflict');
    expect(taskActionRefusal(admin, reviewTask(), PROPOSAL_DEPT, RELEASE)?.kind).toBe('conflict');
  });

  it('an admin may not release a completed task', () => {
    expect(taskActionRefusal(admin, claimedBy(otherExpert, { status: 'completed' }), PROPOSAL_DEPT, RELEASE)?.kind).toBe(
      'conflict',
    );
  });
});

describe('reassignRefusal: an admin gives a task to someone who could claim it', () => {
  const claimed = reviewTask({ status: 'claimed', assignee: otherExpert.id });

  it('an eligible expert takes it', () => {
    expect(reassignRefusal(admin, claimed, PROPOSAL_DEPT, expert())).toBeNull();
  });

  it('only an admin reassigns', () => {
    expect(reassignRefusal(otherExpert, claimed, PROPOSAL_DEPT, expert())?.kind).toBe('forbidden');
  });

  it.each([
    ['outside the candidate group', expert({ domains: ['privacy_legal'] }), 'assignee_not_in_group'],
    ["of the proposal's own department", expert({ department: PROPOSAL_DEPT }), 'assignee_of_proposal_department'],
    ['with a conflict declared for the department', expert({ conflicts: [PROPOSAL_DEPT] }), 'assignee_declared_conflict'],
    ['with a conflict declared for the proposal', expert({ conflicts: ['prop-1'] }), 'assignee_declared_conflict'],
  ])('refuses a new assignee %s (400, naming them)', (_, assignee, code) => {
    expect(reassignRefusal(admin, claimed, PROPOSAL_DEPT, assignee)).toEqual({
      kind: 'invalid',
      code,
      params: expect.objectContaining({ assignee: assignee.id }),
    });
  });

  it('a task no longer open, or theirs already, is a conflict', () => {
    expect(reassignRefusal(admin, reviewTask({ status: 'completed' }), PROPOSAL_DEPT, expert())?.kind).toBe('conflict');
    expect(reassignRefusal(admin, claimed, PROPOSAL_DEPT, otherExpert)?.kind).toBe('conflict');
  });

  it('no officer gets a second seat of the same sign-off', () => {
    const seat = (id: string, assignee: string | null) =>
      reviewTask({ id, kind: 'ethics_signoff', domain: 'ethics', candidateGroup: 'ethics_officers', assignee });
    const seats = [seat('s1', officer.id), seat('s2', 'u-officer-other')];
    expect(reassignRefusal(admin, seats[1], PROPOSAL_DEPT, officer, seats)).toEqual({
      kind: 'invalid',
      code: 'assignee_holds_other_seat',
      params: { assignee: officer.id },
    });
  });
});

describe('readScopeOf', () => {
  const manager: Actor = { ...admin, id: 'u-manager', roles: ['department_manager'], department: PROPOSAL_DEPT };

  it('an administrator reads everything; a manager their department, drafts included, and no review', () => {
    expect(readScopeOf(admin)).toMatchObject({ everything: true, departments: [], reviewGroups: [], reviewer: null });
    expect(readScopeOf(manager)).toMatchObject({
      everything: false,
      departments: [PROPOSAL_DEPT],
      reviewGroups: [],
      reviewer: null,
    });
  });

  it("an expert reads by their groups' tasks and their own, never their department's nor a declared conflict's", () => {
    const conflicted = expert({ domains: ['technical', 'external'], conflicts: ['prop-9', PROPOSAL_DEPT] });
    expect(readScopeOf(conflicted)).toEqual({
      everything: false,
      departments: [],
      reviewGroups: ['experts:technical', 'experts:external'],
      reviewer: conflicted.id,
      reviewExcept: ['seoul-ai-foundation', 'prop-9', PROPOSAL_DEPT],
    });
  });

  it('an officer reads by the sign-off group; one with both roles by every group of both', () => {
    expect(readScopeOf(officer).reviewGroups).toEqual(['ethics_officers']);
    const both = expert({ roles: ['foundation_expert', 'ethics_officer'] });
    expect(readScopeOf(both).reviewGroups).toEqual(['experts:technical', 'ethics_officers']);
  });

  it('a manager who also reviews reads their department whole, and others by their tasks', () => {
    const managingExpert = expert({ roles: ['department_manager', 'foundation_expert'] });
    expect(readScopeOf(managingExpert)).toMatchObject({ departments: ['seoul-ai-foundation'], reviewer: managingExpert.id });
  });
});

describe('separation of duties (the policy decides; by default one review per round, no reviewer signs off)', () => {
  const both = expert({ roles: ['foundation_expert', 'ethics_officer'], domains: ['technical', 'ethics_social'] });
  const technical = reviewTask({ id: 'review-technical' });
  const ethics = reviewTask({
    id: 'review-ethics',
    domain: 'ethics_social',
    candidateGroup: candidateGroupFor('expert_review', 'ethics_social'),
  });
  const decided = (task: HumanTask, by: Actor): HumanTask => ({
    ...task,
    status: 'completed',
    assignee: by.id,
    decision: { decision: 'approve', comment: '', by: by.id, at: '2026-03-01T09:00:00.000Z' },
  });

  it('one person holds or decides at most one review of a round; another round is another matter', () => {
    const holding = { ...technical, status: 'claimed' as const, assignee: both.id };
    expect(taskActionRefusal(both, ethics, PROPOSAL_DEPT, CLAIM, [holding, ethics])).toMatchObject({
      code: 'second_review_in_round',
      kind: 'forbidden',
      params: { round: 1, max: 1 },
    });
    const mine = { ...ethics, status: 'claimed' as const, assignee: both.id };
    expect(taskActionRefusal(both, mine, PROPOSAL_DEPT, complete('approve'), [decided(technical, both), mine])?.code).toBe(
      'second_review_in_round',
    );
    const nextRound = { ...ethics, round: 2 };
    expect(taskActionRefusal(both, nextRound, PROPOSAL_DEPT, CLAIM, [decided(technical, both), nextRound])).toBeNull();
    expect(taskActionRefusal(both, ethics, PROPOSAL_DEPT, CLAIM, [decided(technical, otherExpert), ethics])).toBeNull();
  });

  it('who reviewed the proposal, in any round, does not sign it off', () => {
    const seat = signoffTask();
    const reviewedEarlier = { ...decided(technical, both), round: 1 };
    expect(taskActionRefusal(both, seat, PROPOSAL_DEPT, CLAIM, [reviewedEarlier, seat])).toMatchObject({
      code: 'reviewer_signs_off',
      kind: 'forbidden',
    });
    const cancelledWhileHeld = { ...technical, status: 'cancelled' as const, assignee: both.id };
    expect(taskActionRefusal(both, seat, PROPOSAL_DEPT, CLAIM, [cancelledWhileHeld, seat])).toBeNull();
  });

  it('a policy may allow more: two reviews a round, and reviewers who sign off', () => {
    const lenient = { reviewsPerRound: 2, reviewerMaySignOff: true };
    expect(taskActionRefusal(both, ethics, PROPOSAL_DEPT, CLAIM, [decided(technical, both), ethics], lenient)).toBeNull();
    const seat = signoffTask();
    expect(taskActionRefusal(both, seat, PROPOSAL_DEPT, CLAIM, [decided(technical, both), seat], lenient)).toBeNull();
  });

  it('an administrator gives no review to one who holds another of the round, nor a seat to a reviewer', () => {
    expect(reassignRefusal(admin, ethics, PROPOSAL_DEPT, both, [decided(technical, both), ethics])).toMatchObject({
      code: 'assignee_separation_of_duties',
      params: { assignee: both.id },
    });
    const seat = signoffTask();
    expect(reassignRefusal(admin, seat, PROPOSAL_DEPT, both, [decided(technical, both), seat])?.code).toBe(
      'assignee_separation_of_duties',
    );
  });
});
