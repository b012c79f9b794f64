// One workflow per proposal (DESIGN §2), from submission for as long as the system runs. Every phase keeps
// its history bounded: at rest past a bound (and after each passed re-audit) the run continues as new with
// what the phase needs carried over, and the next run resumes the phase where it rested.
import { CancellationScope, condition, continueAsNew, isCancellation, setHandler } from '@temporalio/workflow';
import {
  auditHeadQuery,
  awaitScreeningUpdate,
  canMove,
  type LifecycleInput,
  type LifecycleState,
  message,
  refuse,
  stateQuery,
} from '#domain';
import { installAttentionHandler } from './attention-handler.js';
import { installDepartmentHandlers } from './department-handlers.js';
import { installTaskHandlers, refusalFailure, rewatchOpenTasks } from './human-tasks.js';
import { installReassignHandler } from './reassignment.js';
import { ContinueAsNewNow, Lifecycle, Withdrawn } from './lifecycle-context.js';
import { auditCycle, awaitDeployment, retire } from './operation.js';
import { reviewRounds, signoff } from './review.js';

type RunEnd = 'finished' | 'next_cycle';

/** @public the worker runs it by name, from the workflow bundle */
export async function proposalLifecycle(input: LifecycleInput): Promise<LifecycleState> {
  const lc = new Lifecycle(input);
  let screened = input.carried !== undefined; // scored, and the first reviews are in the inboxes

  setHandler(stateQuery, () => lc.state);
  setHandler(auditHeadQuery, () => lc.state.auditHead ?? null);
  // Each submit waits here for a while; one that gave up leaves its Update in flight until screening ends, and
  // the server takes only a few per run (then refuses every Update, a withdrawal too). So: one wait at a time,
  // and none once screened (the API reads the proposal as it is then).
  let waiting = false;
  setHandler(
    awaitScreeningUpdate,
    async () => {
      waiting = true;
      await condition(() => screened).finally(() => (waiting = false));
      return lc.state.status;
    },
    {
      validator: () => {
        if (screened) throw refusalFailure(refuse('screening_done', {}));
        if (waiting) throw refusalFailure(refuse('screening_awaited', {}));
      },
    },
  );
  installTaskHandlers(lc);
  installReassignHandler(lc);
  installDepartmentHandlers(lc);
  installAttentionHandler(lc);
  if (input.carried) rewatchOpenTasks(lc);

  try {
    const end = await runPhases(lc, () => (screened = true));
    screened = true;
    await lc.endRun();
    return end === 'next_cycle'
      ? await continueAsNew<typeof proposalLifecycle>({ ...input, carried: lc.carriedOver() })
      : lc.state;
  } catch (error) {
    if (error instanceof ContinueAsNewNow) {
      await lc.endRun();
      return await continueAsNew<typeof proposalLifecycle>({ ...input, carried: lc.carriedOver() });
    }
    screened = true;
    if (error instanceof Withdrawn) return await withdraw(lc);
    if (isCancellation(error)) return await CancellationScope.nonCancellable(() => endOnCancel(lc));
    throw error;
  }
}

/** The phases from wherever this run begins: the submission, or the stage a previous run rested in. */
async function runPhases(lc: Lifecycle, onFirstRoundOpen: () => void): Promise<RunEnd> {
  if (!lc.input.carried && !(await recordSubmission(lc, lc.input))) return 'finished';
  const status = lc.state.status;
  if (!lc.input.carried || status === 'EXPERT_REVIEW' || status === 'REVISION_REQUESTED') {
    if ((await reviewRounds(lc, onFirstRoundOpen)) === 'rejected') return 'finished';
  }
  if (!lc.state.deployment && status !== 'APPROVED') {
    if ((await signoff(lc)) === 'rejected') return 'finished';
  }
  if (!lc.state.deployment) await awaitDeployment(lc);
  return (await auditCycle(lc)) === 'next_cycle' ? 'next_cycle' : 'finished';
}

/**
 * The submission is the workflow's own first write, so a submit that never reached Temporal changed nothing
 * and one that did cannot be left half done. False when the proposal was no longer a draft (a final one
 * whose run Temporal removed, submitted again): nothing was written, and the run ends at the stage it is in.
 */
async function recordSubmission(lc: Lifecycle, { submittedBy, requestId }: LifecycleInput): Promise<boolean> {
  lc.state.status = 'DRAFT';
  const refused = await lc.moveTo('SUBMITTED', { actor: { id: submittedBy }, requestId }, 'submitted');
  if (!refused || !('notADraft' in refused)) return true;
  lc.state.status = refused.notADraft;
  lc.refreshSearchAttributes();
  return false;
}

async function withdraw(lc: Lifecycle): Promise<LifecycleState> {
  await lc.cancelOpenTasks('withdrawn');
  await lc.moveTo('WITHDRAWN', lc.withdrawal!, 'withdrawn', lc.withdrawal!.reason);
  await lc.endRun();
  return lc.state;
}

/**
 * A cancel from the Temporal UI or CLI is an administrator's: before deployment it withdraws the proposal,
 * after it retires the system. Either way the tasks close and the record says so.
 */
async function endOnCancel(lc: Lifecycle): Promise<LifecycleState> {
  await lc.writes.drained();
  const why = message('audit_cancelled_in_temporal', {});
  await lc.cancelOpenTasks('withdrawn');
  if (canMove(lc.state.status, 'WITHDRAWN')) await lc.moveTo('WITHDRAWN', 'admin', 'withdrawn', why);
  else if (canMove(lc.state.status, 'RETIRED')) await retire(lc, 'admin', why);
  await lc.endRun();
  return lc.state;
}
