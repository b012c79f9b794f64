// The lifecycle's bound on a write's retries, on the time-skipping server with in-memory activities: a write
// that keeps failing does not fail the run; it waits, with the writes after it, for an administrator's retry.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { retryWriteUpdate } from '#domain';
import {
  admin,
  expert,
  LifecycleHarness,
  startTimeSkippingHarness,
  stopTimeSkippingHarness,
  type Run,
} from './support/lifecycle-harness.js';

let env: TestWorkflowEnvironment;
let harness: LifecycleHarness;
beforeAll(async () => ({ env, harness } = await startTimeSkippingHarness()));
afterAll(() => stopTimeSkippingHarness(env, harness));

const retry = (run: Run, actor = admin) => run.handle.executeUpdate(retryWriteUpdate, { args: [{ actor }] });
/** The catalogue code a refused retry carries (the validator's ApplicationFailure). */
const refusedRetry = (run: Run, actor = admin) =>
  retry(run, actor).then(
    () => 'accepted',
    (error) => error.cause?.details?.[0]?.code,
  );

async function attentionOf(run: Run, done: (a: Awaited<ReturnType<Run['state']>>['attention']) => boolean) {
  for (const deadline = Date.now() + 20_000; ;) {
    const { attention } = await run.state();
    if (done(attention)) return attention;
    if (Date.now() > deadline) throw new Error(`attention not as expected: ${JSON.stringify(attention)}`);
    await env.sleep('1 minute');
  }
}

it('a write failing past its bound waits for an administrator; the run goes on once a retry succeeds', async () => {
  await harness.run([{ tier: 1, domains: ['technical'] }], async (run) => {
    run.activities.failing.add('openTasks');
    const attention = await attentionOf(run, (a) => a !== undefined);
    expect(attention).toMatchObject({ activity: 'openTasks', retries: 0, retrying: false });
    expect(attention!.error).toContain('the database refused the tasks');
    expect((await run.handle.describe()).status.name).toBe('RUNNING');
    expect(run.activities.attentionRows).toEqual([attention!.error]);

    // Nobody but an administrator retries; a retry while the fault lasts needs attention again.
    expect(await refusedRetry(run, expert)).toBe('admin_only');
    expect(await retry(run)).toMatchObject({ activity: 'openTasks', retries: 1, retrying: true });
    expect(await refusedRetry(run)).toBe('attention_retry_underway');
    const again = await attentionOf(run, (a) => a?.retrying === false);
    expect(again).toMatchObject({ retries: 1, since: attention!.since });

    run.activities.failing.delete('openTasks');
    await retry(run);
    const [review] = await run.open('expert_review');
    // The task is open once the write is done; the workflow clears the attention as it takes the write's result.
    expect(await attentionOf(run, (a) => a === undefined)).toBeUndefined();
    await run.decide(review, expert, 'approve');
    await run.open('ethics_signoff');
    expect(run.activities.stages()).toEqual(['SUBMITTED', 'SCREENING', 'EXPERT_REVIEW', 'ETHICS_SIGNOFF']);
    // The retries are in the audit log, after the write they let through.
    const actions = run.activities.actions();
    expect(actions.filter((a) => a === 'write_retried')).toHaveLength(2);
    expect(actions.indexOf('expert_review_opened')).toBeLessThan(actions.indexOf('write_retried'));
    expect(run.activities.attentionRows.at(-1)).toBeNull();
    expect(await refusedRetry(run)).toBe('nothing_needs_attention');
  });
});
