// One workflow per proposal (DESIGN §2), from submission for as long as the system runs. Each audit
// cycle ends in continue-as-new with the state carried over, so the history stays bounded over years.
import { condition, continueAsNew, setHandler } from '@temporalio/workflow';
import { awaitScreeningUpdate, isTaskOpen, type LifecycleInput, type LifecycleState, stateQuery } from '#domain';
import { installDepartmentHandlers } from './department-handlers.js';
import { installTaskHandlers } from './human-tasks.js';
import { installReassignHandler } from './reassignment.js';
import { Lifecycle, Withdrawn } from './lifecycle-context.js';
import { auditCycle, awaitDeployment } from './operation.js';
import { reviewRounds, signoff } from './review.js';

/** @public the worker runs it by name, from the workflow bundle */
export async function proposalLifecycle(input: LifecycleInput): Promise<LifecycleState> {
  const lc = new Lifecycle(input);
  let screened = input.carried !== undefined; // scored, and the first reviews are in the inboxes

  setHandler(stateQuery, () => lc.state);
  setHandler(awaitScreeningUpdate, async () => {
    await condition(() => screened);
    return lc.state.status;
  });
  installTaskHandlers(lc);
  installReassignHandler(lc);
  installDepartmentHandlers(lc);

  try {
    if (!input.carried) {
      await recordSubmission(lc, input);
      const reviewed = await reviewRounds(lc, () => (screened = true));
      screened = true;
      if (reviewed === 'rejected' || (await signoff(lc)) === 'rejected') return await finish(lc);
      await awaitDeployment(lc);
    }
    if ((await auditCycle(lc)) === 'next_cycle') {
      await lc.endRun();
      const carriedState = { ...lc.state, tasks: lc.state.tasks.filter(isTaskOpen) };
      // An incident reported while this run was closing is carried over, not lost.
      const carried = { state: carriedState, plan: lc.requirePlan, incidents: lc.incidents };
      return await continueAsNew<typeof proposalLifecycle>({ ...input, carried });
    }
    return await finish(lc);
  } catch (error) {
    if (!(error instanceof Withdrawn)) throw error;
    await lc.cancelOpenTasks('withdrawn');
    await lc.moveTo('WITHDRAWN', lc.withdrawal!, 'withdrawn', lc.withdrawal!.reason);
    screened = true;
    return finish(lc);
  }
}

/**
 * The submission is the workflow's own first write, so a submit that never reached Temporal changed nothing
 * and one that did cannot be left half done. Runs from before this found it written by the API.
 */
async function recordSubmission(lc: Lifecycle, { submittedBy, requestId }: LifecycleInput): Promise<void> {
  if (!lc.follows('submission-recorded-by-workflow')) return;
  lc.state.status = 'DRAFT';
  await lc.moveTo('SUBMITTED', { actor: { id: submittedBy }, requestId }, 'submitted');
}

async function finish(lc: Lifecycle): Promise<LifecycleState> {
  await lc.endRun();
  return lc.state;
}
