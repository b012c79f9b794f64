// Before approval: screening, the tier's expert reviews in parallel (with revision rounds), and the
// ethics sign-off by an officer or a committee (DESIGN §2, §3).
import { uuid4 } from '@temporalio/workflow';
import { codedReason, type HumanTask, type Message, message, type ReviewPlan } from '#domain';
import { endDepartmentWait, watchDepartment } from './deadlines.js';
import { openTasks } from './human-tasks.js';
import { activities, type Lifecycle } from './lifecycle-context.js';

export type Outcome = 'approved' | 'rejected';

const decisionOf = (task: HumanTask) => task.decision?.decision;

/** Scores the proposal; the tier's reasons, as the `screened` entry says them (string reasons in older histories). */
async function screen(lc: Lifecycle): Promise<Message> {
  await lc.moveTo('SCREENING', 'system', lc.state.round === 0 ? 'screening_started' : 'rescreening_started');
  const { proposalId } = lc.state;
  // In the ordered writes: it stores the scores, and a failure waits for an administrator as any write does.
  const { assessment, plan } = await lc.writes.add(() =>
    activities.screenProposal({ proposalId, policyVersion: lc.input.policyVersion }),
  );
  lc.plan = plan;
  lc.state.tier = plan.tier;
  return message('audit_screened', { reasons: assessment.scores.reasons.map(codedReason) });
}

/**
 * Review rounds: every domain of the tier's path at once. A reject rejects (the round's other tasks are
 * cancelled); a request for changes, once the round is decided, waits for the department's revision,
 * which is scored again and starts the next round, up to the policy's limit.
 */
export async function reviewRounds(lc: Lifecycle, onFirstRoundOpen: () => void): Promise<Outcome> {
  // A run continued as new in the review resumes its round, or its wait for the revision.
  let reasons: Message | undefined;
  if (lc.resumes('REVISION_REQUESTED')) {
    await awaitRevision(lc);
    reasons = await screen(lc);
  } else if (!lc.resumes('EXPERT_REVIEW')) {
    reasons = await screen(lc);
  }
  for (;;) {
    const plan = lc.requirePlan;
    const tasks = reasons ? await openRound(lc, reasons) : tasksOfRound(lc, 'expert_review');
    onFirstRoundOpen();
    const rejection = () => tasks.find((t) => decisionOf(t) === 'reject');
    await lc.waitFor(() => rejection() !== undefined || tasks.every((t) => t.status === 'completed'));
    await lc.cancelOpenTasks('round_decided');

    const rejected = rejection();
    if (rejected) {
      await lc.moveTo('REJECTED', rejected.decision!.by, 'rejected_in_review', rejected.decision!.comment);
      return 'rejected';
    }
    const changes = tasks.filter((t) => decisionOf(t) === 'request_changes');
    if (changes.length === 0) return 'approved';
    const requests = changes.map((t) => message('audit_review_request', { domain: t.domain, comment: t.decision!.comment }));
    if (lc.state.round >= plan.maxRounds) {
      const why = message('audit_rounds_exhausted', { rounds: plan.maxRounds, requests });
      await lc.moveTo('REJECTED', 'system', 'rounds_exhausted', why);
      return 'rejected';
    }
    const why = message('audit_changes_requested', { requests });
    lc.revised = false; // before the move: a revision sent while it is written counts
    await lc.moveTo('REVISION_REQUESTED', changes[0].decision!.by, 'changes_requested', why);
    await awaitRevision(lc);
    reasons = await screen(lc);
  }
}

async function openRound(lc: Lifecycle, reasons: Message): Promise<HumanTask[]> {
  lc.state.round += 1;
  await lc.moveTo('EXPERT_REVIEW', 'system', 'screened', reasons);
  return openTasks(lc, lc.requirePlan.domains);
}

const tasksOfRound = (lc: Lifecycle, kind: HumanTask['kind']) =>
  lc.state.tasks.filter((t) => t.kind === kind && t.round === lc.state.round);

/** The department's answer: the revise handler stores it and sets `revision`; a deadline watch runs meanwhile. */
async function awaitRevision(lc: Lifecycle): Promise<void> {
  watchDepartment(lc, () => lc.revised);
  await lc.waitFor(() => lc.revised);
  endDepartmentWait(lc);
}

/**
 * The sign-off: one task per seat (one for an officer, the committee's size otherwise), each officer in
 * one seat at most. Quorum: approved once `quorum` seats approve, rejected once that can no longer happen;
 * unanimous: every seat must approve. Conditions of conditional approvals are recorded, each with an id.
 */
export async function signoff(lc: Lifecycle): Promise<Outcome> {
  const { signoff: rule } = lc.requirePlan;
  const seats = lc.resumes('ETHICS_SIGNOFF') ? tasksOfRound(lc, 'ethics_signoff') : await openSeats(lc, rule);
  const approvals = () => seats.filter((t) => decisionOf(t) === 'approve' || decisionOf(t) === 'approve_with_conditions');
  const rejections = () => seats.filter((t) => decisionOf(t) === 'reject');
  await lc.waitFor(() => approvals().length >= rule.quorum || rejections().length > rule.members - rule.quorum);
  await lc.cancelOpenTasks('signoff_decided');

  if (approvals().length < rule.quorum) {
    const [first] = rejections();
    await lc.moveTo('REJECTED', first.decision!.by, 'rejected_at_signoff', first.decision!.comment);
    return 'rejected';
  }
  const conditions = approvals().flatMap((t) => (t.decision!.conditions ?? []).map((text) => ({ id: uuid4(), text })));
  if (conditions.length > 0) {
    lc.state.conditions.push(...conditions);
    const entry = lc.entry('system', 'conditions_set', conditions.map((c) => c.text).join('; '));
    await lc.writes.add(() => activities.recordConditions({ proposalId: lc.state.proposalId, conditions, entry }));
  }
  const last = approvals().at(-1)!;
  await lc.moveTo(
    'APPROVED',
    last.decision!.by,
    conditions.length > 0 ? 'approved_with_conditions' : 'approved',
    last.decision!.comment,
  );
  return 'approved';
}

async function openSeats(lc: Lifecycle, rule: ReviewPlan['signoff']): Promise<HumanTask[]> {
  await lc.moveTo('ETHICS_SIGNOFF', 'system', 'reviews_approved', signoffRuleOf(rule));
  return openTasks(
    lc,
    Array.from({ length: rule.members }, () => 'ethics'),
  );
}

function signoffRuleOf({ body, members, quorum, rule }: ReviewPlan['signoff']): Message {
  if (rule === 'single') return message('audit_signoff_single', { body });
  return rule === 'quorum'
    ? message('audit_signoff_quorum', { body, members, quorum })
    : message('audit_signoff_unanimous', { body, members });
}
