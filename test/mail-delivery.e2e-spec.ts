// Email beside the lifecycle, over the real system: a mail server that hangs holds no decision back (mail
// runs on a task queue of its own, with no transaction open while SMTP talks, and the worker has only two
// database connections here), a server that never answers is given up on after the SMTP timeout and the mail
// retried, a worker killed after the server took a mail leaves it to be mailed again (at least once), and the
// worker exports the Temporal SDK's metrics for Prometheus.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import { freePort } from '#dev-stack';
import { Mailbox } from './support/mailbox.js';
import { openTask, reachStatus, submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';

const TASK_QUEUE = `test-${randomUUID()}`;
let system: System;
let mailbox: Mailbox;
let metricsUrl: string;

beforeAll(async () => {
  mailbox = await Mailbox.start();
  const metricsAddress = `127.0.0.1:${await freePort()}`;
  metricsUrl = `http://${metricsAddress}/metrics`;
  system = await System.start({
    TEMPORAL_TASK_QUEUE: TASK_QUEUE,
    SMTP_URL: mailbox.url,
    SMTP_TIMEOUT_SECONDS: '8',
    // Fewer connections than mails that hang below: a delivery holding one would stall every write.
    DATABASE_POOL_SIZE: '2',
    TEMPORAL_METRICS_BIND_ADDRESS: metricsAddress,
  });
});
afterAll(async () => {
  mailbox.answer();
  await system.stop();
  await mailbox.stop();
});

/**
 * A proposal whose reviewer asked for changes over HTTP: a decision, its writes, and a mail to the
 * department. (A final decision's reply waits for its run to end, and the run for its mails: not used here.)
 */
async function changesRequested(): Promise<string> {
  const id = await submittedProposal(system);
  const review = await openTask(system, id, 'expert_review', 'park.expert');
  const decided = await system.call('POST', `/api/tasks/${review.id}/complete`, {
    as: 'park.expert',
    body: { decision: 'request_changes', comment: 'Say who answers for the chatbot’s advice.' },
  });
  expect(decided.status).toBe(200);
  await reachStatus(system, id, 'REVISION_REQUESTED');
  return id;
}

const notificationsOf = async (ids: string[]) =>
  (
    await system.db.query(
      `SELECT id, sent_at, attempts, last_error, failed_at FROM notifications WHERE proposal_id = ANY($1) ORDER BY id`,
      [ids],
    )
  ).rows;

const mailsOf = (notificationId: string) => mailbox.received.filter((mail) => mail.messageId === `<${notificationId}@bareun>`);

it('holds no decision back while the mail server hangs, and sends each mail once when it answers', async () => {
  mailbox.stall();
  const ids = [await changesRequested()];
  for (let more = 0; more < 2; more += 1) {
    await system.eventually(
      async () => mailbox.held,
      (held) => held > 0,
    ); // a mail hangs right now
    ids.push(await changesRequested()); // and this decision and its writes went through all the same
  }
  const audit = await system.call('GET', `/api/proposals/${ids[2]}/audit`, { as: 'kim.manager' });
  expect(audit.body.map((entry: { toStatus?: string }) => entry.toStatus)).toContain('REVISION_REQUESTED');
  const waiting = await notificationsOf(ids);
  expect(waiting).toHaveLength(3);
  expect(waiting.every((row) => row.sent_at === null)).toBe(true);
  expect(mailbox.received).toEqual([]);

  mailbox.answer();
  const sent = await system.eventually(
    () => notificationsOf(ids),
    (rows) => rows.every((row) => row.sent_at !== null),
    90_000,
  );
  for (const row of sent) expect(mailsOf(row.id)).toHaveLength(1);
});

it('gives up on a mail server that never answers after the SMTP timeout, and the retry sends the mail once', async () => {
  mailbox.neverAnswer(1);
  const id = await changesRequested();
  const [row] = await system.eventually(
    () => notificationsOf([id]),
    (rows) => rows.length === 1 && rows[0].sent_at !== null,
    60_000,
  );
  expect(row).toMatchObject({ attempts: 2, failed_at: null, last_error: expect.stringMatching(/timeout/i) });
  expect(mailsOf(row.id)).toHaveLength(1);
});

it('mails again, under the same Message-ID, what a worker killed between the server’s OK and its record had sent', async () => {
  mailbox.beforeAccepting = async () => {
    mailbox.beforeAccepting = undefined;
    await system.killWorker(); // the server takes the mail; the worker that sent it never hears so
    system.startWorker();
  };
  const id = await changesRequested();
  // Temporal sees the attempt gone at its heartbeat timeout; the retry takes the row once the dead lease ran out.
  const [row] = await system.eventually(
    () => notificationsOf([id]),
    (rows) => rows.length === 1 && rows[0].sent_at !== null,
    120_000,
  );
  expect(row.attempts).toBe(2);
  expect(mailsOf(row.id)).toHaveLength(2); // at least once: never lost, here twice
});

/** The value of each series of `name` whose labels include `labels`, from a Prometheus text page. */
function valuesOf(page: string, name: string, labels: Record<string, string>): number[] {
  return page
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`))
    .filter((line) => Object.entries(labels).every(([label, value]) => line.includes(`${label}="${value}"`)))
    .map((line) => Number(line.slice(line.lastIndexOf(' ') + 1)));
}

it('exports the Temporal SDK metrics: workflow task and activity failures, schedule-to-start latency, sticky cache', async () => {
  // An activity that fails once: a mail the server refuses, then takes.
  mailbox.refuse(1);
  const id = await changesRequested();
  await system.eventually(
    () => notificationsOf([id]),
    (rows) => rows.length === 1 && rows[0].sent_at !== null,
  );
  // A workflow type no worker knows: its workflow task fails, and the run is evicted from the cache.
  const client = new Client({ connection: await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS! }) });
  const unknown = await client.workflow.start('noSuchWorkflow', { taskQueue: TASK_QUEUE, workflowId: `unknown-${randomUUID()}` });
  const expected = ['workflow_task_execution_failed', 'activity_execution_failed', 'sticky_cache_total_forced_eviction'];
  const page = await system.eventually(
    async () => (await fetch(metricsUrl)).text(),
    (text) => expected.every((name) => text.includes(`\ntemporal_${name}{`)),
  );
  await unknown.terminate('the test is over');
  await client.connection.close();

  const lifecycle = { task_queue: TASK_QUEUE };
  const mail = { task_queue: `${TASK_QUEUE}-mail` };
  expect(
    valuesOf(page, 'temporal_workflow_task_execution_failed', { ...lifecycle, workflow_type: 'noSuchWorkflow' }),
  ).not.toEqual([]);
  expect(valuesOf(page, 'temporal_activity_execution_failed', { ...mail, activity_type: 'deliverNotification' })).not.toEqual([]);
  for (const queue of [lifecycle, mail]) {
    expect(valuesOf(page, 'temporal_activity_schedule_to_start_latency_count', queue)[0]).toBeGreaterThan(0);
  }
  expect(valuesOf(page, 'temporal_workflow_task_schedule_to_start_latency_count', lifecycle)[0]).toBeGreaterThan(0);
  expect(valuesOf(page, 'temporal_sticky_cache_size', lifecycle)).toHaveLength(1);
  // Lifecycle activities have as many slots as the worker has database connections; email its own ten.
  const slots = (queue: Record<string, string>) =>
    ['available', 'used'].reduce(
      (sum, kind) => sum + valuesOf(page, `temporal_worker_task_slots_${kind}`, { ...queue, worker_type: 'ActivityWorker' })[0],
      0,
    );
  expect(slots(lifecycle)).toBe(2);
  expect(slots(mail)).toBe(10);
  // The example alert rules (docs/operations.md) name only series the worker serves.
  const ruled = new Set(readFileSync('docs/examples/worker-alerts.rules.yml', 'utf8').match(/\btemporal_\w+/g));
  expect(ruled.size).toBeGreaterThan(4);
  for (const name of ruled) expect(page).toContain(`\n${name}{`);
});
