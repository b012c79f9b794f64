// One workflow per proposal (DESIGN §2): screening, the tier's expert reviews in parallel, the ethics
// sign-off. The read model and audit log are written by activities, one at a time and in order.
import { allHandlersFinished, condition, proxyActivities, setHandler, upsertSearchAttributes } from '@temporalio/workflow';
import {
  type AuditEntry,
  awaitScreeningUpdate,
  type HumanTask,
  isTaskOpen,
  type LifecycleActivities,
  type LifecycleInput,
  type LifecycleState,
  type ProposalStatus,
  STAGE,
  stateQuery,
  type TaskKind,
  TIER,
} from '../libs/domain/src/index.js';
import { auditEntry, installTaskHandlers, newTask } from './human-tasks.js';
import { OrderedWrites } from './ordered-writes.js';
import { WaitsForPeople } from './waits-for-people.js';

const activities = proxyActivities<LifecycleActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

export async function proposalLifecycle(input: LifecycleInput): Promise<LifecycleState> {
  const state: LifecycleState = {
    proposalId: input.proposalId,
    department: input.department,
    status: 'SUBMITTED',
    tier: null,
    round: 0,
    tasks: [],
  };

  const writes = new OrderedWrites();
  const people = new WaitsForPeople();
  let screened = false; // scored, and the first reviews are in the inboxes

  setHandler(stateQuery, () => state);
  setHandler(awaitScreeningUpdate, async () => {
    await condition(() => screened);
    return state.status;
  });
  const recordTask = (task: HumanTask, entry: AuditEntry) =>
    writes.add(() => activities.recordTaskChange({ task: { ...task }, entry }));
  installTaskHandlers(state, recordTask, () => people.watchConsequences());

  const moveTo = (status: ProposalStatus, actor: string, action: string, rationale?: string): Promise<void> => {
    const entry: AuditEntry = { ...auditEntry(state, actor, action, rationale), fromStatus: state.status, toStatus: status };
    state.status = status;
    upsertSearchAttributes([{ key: STAGE, value: status }]);
    return writes.add(() => activities.recordTransition(entry));
  };

  const rejectedBy = (tasks: HumanTask[]) => tasks.find((t) => t.decision?.decision === 'reject');

  /** Opens one task per domain, all at once; resolves when they are in the inboxes. */
  const openRound = async (kind: TaskKind, domains: string[], dueInDays: number): Promise<HumanTask[]> => {
    const tasks = domains.map((domain) => newTask(state, kind, domain, dueInDays));
    state.tasks.push(...tasks);
    const opened = auditEntry(state, 'system', `${kind}_opened`, `${tasks.length} task(s): ${domains.join(', ')}`);
    await writes.add(() => activities.openTasks({ tasks, entry: opened }));
    return tasks;
  };

  /** Waits until all approve or one rejects; a rejection cancels the rest. */
  const decided = async (tasks: HumanTask[]): Promise<HumanTask[]> => {
    await people.until(() => tasks.every((t) => t.status === 'completed') || rejectedBy(tasks) !== undefined);
    for (const task of tasks.filter(isTaskOpen)) {
      task.status = 'cancelled';
      await recordTask(task, auditEntry(state, 'system', 'task_cancelled', `${task.kind} ${task.domain}: the round was decided`));
    }
    return tasks;
  };

  await moveTo('SCREENING', 'system', 'screening_started');
  const { assessment, plan } = await activities.screenProposal({
    proposalId: input.proposalId,
    policyVersion: input.policyVersion,
  });
  state.tier = plan.tier;
  upsertSearchAttributes([{ key: TIER, value: plan.tier }]);

  state.round = 1;
  await moveTo('EXPERT_REVIEW', 'system', 'screened', assessment.scores.reasons.join('; '));
  const reviews = await openRound('expert_review', plan.domains, plan.expertReviewDays);
  screened = true;
  await decided(reviews);
  const reviewRejection = rejectedBy(reviews);
  if (reviewRejection) {
    await moveTo('REJECTED', reviewRejection.decision!.by, 'rejected_in_review', reviewRejection.decision!.comment);
    return finish();
  }

  await moveTo('ETHICS_SIGNOFF', 'system', 'reviews_approved');
  const signoffs = await decided(await openRound('ethics_signoff', ['ethics'], plan.signoffDays));
  const signoffRejection = rejectedBy(signoffs);
  if (signoffRejection) {
    await moveTo('REJECTED', signoffRejection.decision!.by, 'rejected_at_signoff', signoffRejection.decision!.comment);
  } else {
    await moveTo('APPROVED', signoffs[0].decision!.by, 'approved', signoffs[0].decision!.comment);
  }
  return finish();

  async function finish(): Promise<LifecycleState> {
    await writes.drained();
    people.finish();
    await condition(allHandlersFinished);
    return state;
  }
}
