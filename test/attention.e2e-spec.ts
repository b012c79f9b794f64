// Failures someone sees, over the real system: a write the database keeps refusing puts the proposal on the
// stalled board as needing attention, with its error, and an administrator's retry moves it on once the
// fault is mended; reconcile repairs a read model changed behind the workflow's back and flags a run that
// was terminated; the worker keeps the daily Schedule that runs reconcile.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { Client, Connection } from '@temporalio/client';
import { reconcileScheduleId } from '#temporal';
import { lowRiskDraft, openTask, reachStatus, submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';

const TASK_QUEUE = `test-attention-${randomUUID()}`;
let system: System;
let connection: Connection;
let client: Client;

beforeAll(async () => {
  // The worker gives a failing write up at its first failure, so the test need not sit through the backoff.
  system = await System.start({ WRITE_ATTEMPTS: '1', TEMPORAL_TASK_QUEUE: TASK_QUEUE });
  connection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS! });
  client = new Client({ connection });
});
afterAll(async () => {
  await connection?.close();
  await system.stop();
});

const board = () => system.call('GET', '/api/admin/stalled?limit=1', { as: 'han.admin' });
const attentionOf = async (id: string) => (await board()).body.attention.find((a: any) => a.proposalId === id);
const retry = (id: string, as: 'han.admin' | 'kim.manager' = 'han.admin') =>
  system.call('POST', `/api/admin/proposals/${id}/retry`, { as });

/** `npm run reconcile -- <ids>`, as an operator runs it; its JSON summary. */
async function reconcile(...ids: string[]) {
  const env = {
    ...process.env,
    DATABASE_URL: process.env.TEST_DATABASE_URL,
    TEMPORAL_ADDRESS: process.env.TEST_TEMPORAL_ADDRESS,
    ...system.auditKeys,
    TEMPORAL_CODEC_KEYS: system.codecKeys, // it reads the runs' state: sealed by this system's worker
  };
  const { stdout } = await promisify(execFile)('node', ['dist/scripts/reconcile.js', ...ids], { env });
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

describe('a write that fails past its retries', () => {
  let id: string;
  const trigger = `refuse_scores_${randomUUID().replaceAll('-', '')}`;

  it('puts the proposal on the stalled board as needing attention, with the error, and fails nothing', async () => {
    const created = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() });
    id = created.body.id;
    // The fault: the database refuses this proposal's scores, as a broken constraint or a full disk would.
    await system.db.query(`CREATE OR REPLACE FUNCTION ${trigger}() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'the database refused the scores'; END $$ LANGUAGE plpgsql`);
    await system.db.query(`CREATE TRIGGER ${trigger} BEFORE UPDATE ON proposals FOR EACH ROW
      WHEN (NEW.id = '${id}' AND NEW.tier IS NOT NULL) EXECUTE FUNCTION ${trigger}()`);
    expect((await system.call('POST', `/api/proposals/${id}/submit`, { as: 'kim.manager' })).status).toBe(202);

    const attention = await system.eventually(
      () => attentionOf(id),
      (a) => a !== undefined,
    );
    expect(attention).toMatchObject({
      reason: 'write_failed',
      activity: 'screenProposal',
      stage: 'SCREENING',
      retrying: false,
      error: expect.stringContaining('the database refused the scores'),
    });
    const handle = client.workflow.getHandle(`proposal-${id}`);
    expect((await handle.describe()).status.name).toBe('RUNNING');
    // Temporal says so too, for the UI and the CLI.
    const listed = await system.eventually(
      async () => {
        const found: string[] = [];
        for await (const w of client.workflow.list({ query: `WorkflowId = "proposal-${id}" AND BareunAttention = true` }))
          found.push(w.workflowId);
        return found;
      },
      (found) => found.length === 1,
    );
    expect(listed).toEqual([`proposal-${id}`]);
  });

  it('is retried by an administrator once the fault is mended, and the lifecycle moves on', async () => {
    await system.db.query(`DROP TRIGGER ${trigger} ON proposals`);
    await system.db.query(`DROP FUNCTION ${trigger}()`);
    const retried = await retry(id);
    expect(retried.status).toBe(202);
    expect(retried.body).toMatchObject({ proposalId: id, activity: 'screenProposal', retries: 1 });

    await reachStatus(system, id, 'EXPERT_REVIEW');
    await openTask(system, id, 'expert_review', 'park.expert');
    await system.eventually(
      () => attentionOf(id),
      (a) => a === undefined,
    );
    const audit = await system.db.query(`SELECT actor FROM audit_entries WHERE proposal_id = $1 AND action = 'write_retried'`, [
      id,
    ]);
    expect(audit.rows).toEqual([{ actor: 'han.admin' }]);
    // Nothing needs attention now: a second retry is refused and changes nothing.
    const again = await retry(id);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('nothing_needs_attention');
  });

  it('is retried by administrators only', async () => {
    const refused = await retry(id, 'kim.manager');
    expect(refused.status).toBe(403);
  });
});

describe('reconcile', () => {
  it('repairs a read model changed behind the workflow, with an audit entry per repair', async () => {
    const id = await submittedProposal(system);
    const task = await openTask(system, id, 'expert_review', 'park.expert');
    await system.db.query(`UPDATE proposals SET status = 'APPROVED' WHERE id = $1`, [id]);
    await system.db.query(`UPDATE tasks SET status = 'cancelled' WHERE id = $1`, [task.id]);

    const summary = await reconcile(id);
    expect(summary).toMatchObject({ checked: 1, repairs: 2, flagged: 0, unreadable: [] });
    await reachStatus(system, id, 'EXPERT_REVIEW');
    const { rows } = await system.db.query('SELECT status FROM tasks WHERE id = $1', [task.id]);
    expect(rows[0].status).toBe('open');
    const repaired = await system.db.query(
      `SELECT actor, rationale FROM audit_entries WHERE proposal_id = $1 AND action = 'read_model_repaired' ORDER BY at`,
      [id],
    );
    expect(repaired.rows.map((r) => r.actor)).toEqual(['reconcile', 'reconcile']);
    const said = repaired.rows.map((r) => r.rationale).join('\n');
    expect(said).toContain('the read model said Approved; the workflow says Expert review');
    expect(said).toContain('the read model said cancelled; the workflow says open');
    // A second reconcile finds nothing left to repair.
    expect(await reconcile(id)).toMatchObject({ repairs: 0 });
  });

  it('flags a terminated run: the proposal needs attention, and a retry of it is refused', async () => {
    const id = await submittedProposal(system);
    await openTask(system, id, 'expert_review', 'park.expert');
    await client.workflow.getHandle(`proposal-${id}`).terminate('by hand, in the Temporal UI');

    expect(await reconcile(id)).toMatchObject({ checked: 1, flagged: 1 });
    expect(await attentionOf(id)).toMatchObject({ reason: 'run_closed', error: expect.stringContaining('TERMINATED') });
    const found = await system.db.query(`SELECT 1 FROM audit_entries WHERE proposal_id = $1 AND action = 'run_closed_found'`, [
      id,
    ]);
    expect(found.rows).toHaveLength(1);
    expect(await reconcile(id)).toMatchObject({ flagged: 0 }); // flagged once
    expect((await retry(id)).status).toBe(409);
  });
});

it('the worker keeps a daily Schedule that runs reconcile, in Seoul time', async () => {
  const schedule = await client.schedule.getHandle(reconcileScheduleId(TASK_QUEUE)).describe();
  expect(schedule.spec.timezone).toBe('Asia/Seoul');
  expect(schedule.spec.calendars?.[0]).toMatchObject({
    hour: [{ start: 3, end: 3, step: 1 }],
    minute: [{ start: 30, end: 30, step: 1 }],
  });
  expect(schedule.action).toMatchObject({ type: 'startWorkflow', workflowType: 'reconcile', taskQueue: TASK_QUEUE });
});
