// The delivery of one notification, leased rather than locked while SMTP talks, against the run's real
// PostgreSQL and a real SMTP server (the activity in Temporal's mock activity context): a lease held by another
// attempt is left to it, one left by a dead attempt is taken once its time has passed (the mail then goes out
// again: at least once), and the dead attempt's late record changes nothing.
import { randomUUID } from 'node:crypto';
import { MockActivityEnvironment } from '@temporalio/testing';
import type { DataSource } from 'typeorm';
import { NotificationDeliveryService, smtpMailer } from '#activities';
import { loadConfig, workerConfigSchema } from '#config';
import { createDataSource, DirectoryRepository, NotificationsRepository, seedDemo } from '#persistence';
import { Mailbox } from './support/mailbox.js';
import { insertProposal } from './support/proposals.js';
import { TEST_AUDIT_KEYS } from './support/system.js';

const url = process.env.TEST_DATABASE_URL!;
let db: DataSource;
let mailbox: Mailbox;
let notifications: NotificationsRepository;
let delivery: NotificationDeliveryService;

beforeAll(async () => {
  await seedDemo(url);
  [db, mailbox] = await Promise.all([createDataSource(url).initialize(), Mailbox.start()]);
  const config = loadConfig(workerConfigSchema, {
    DATABASE_URL: url,
    TEMPORAL_ADDRESS: 'localhost:7233',
    TEMPORAL_CODEC_KEYS: `k:${Buffer.alloc(32).toString('base64')}`,
    SMTP_URL: mailbox.url,
    SMTP_TIMEOUT_SECONDS: '5',
    ...TEST_AUDIT_KEYS,
  });
  notifications = new NotificationsRepository(db);
  delivery = new NotificationDeliveryService(notifications, new DirectoryRepository(db), smtpMailer(config), config);
});
afterAll(async () => {
  mailbox.answer();
  await Promise.all([db.destroy(), mailbox.stop()]);
});

/** A decision's notification to the department's managers, queued in the outbox. */
async function queued(): Promise<string> {
  const proposalId = await insertProposal(db, 'REVISION_REQUESTED', { policyVersion: '2026.2' });
  const id = randomUUID();
  await notifications.queue({
    id,
    proposalId,
    kind: 'decision',
    recipients: ['managers:WELFARE'],
    subject: '[바른] 보완 요청 / Changes requested',
    body: '보완이 요청되었습니다.\nChanges were requested.',
  });
  return id;
}

/** One attempt, as Temporal runs it: with the workflow's timeouts (workflows/delivery.ts) unless told. */
const attempt = (notificationId: string, heartbeatTimeoutMs = 15_000) =>
  new MockActivityEnvironment({ startToCloseTimeoutMs: 120_000, heartbeatTimeoutMs }).run(() =>
    delivery.deliverNotification({ notificationId }),
  );

const rowOf = async (id: string) =>
  (await db.query(`SELECT attempts, sent_at, delivered_to, last_error, leased_until FROM notifications WHERE id = $1`, [id]))[0];
const mailsOf = (id: string) => mailbox.received.filter((mail) => mail.messageId === `<${id}@bareun>`);

it('leaves a notification another attempt is sending to that attempt: one mail', async () => {
  const id = await queued();
  mailbox.stall();
  const first = attempt(id);
  await until(() => mailbox.held === 1);
  await expect(attempt(id)).rejects.toMatchObject({ type: 'BareunDeliveryLeased' });
  mailbox.answer();
  await first;
  expect(mailsOf(id)).toHaveLength(1);
  expect(await rowOf(id)).toMatchObject({ attempts: 1, sent_at: expect.any(Date), delivered_to: ['kim.manager@bareun.example'] });
});

it('renews the lease while it waits for the server, past its first term: a retry still leaves it alone', async () => {
  const id = await queued();
  mailbox.stall();
  const first = attempt(id, 2_000); // leased for 4 s, renewed at each beat
  await until(() => mailbox.held === 1);
  const { leased_until: firstTerm } = await rowOf(id);
  await untilAsync(async () => (await rowOf(id)).leased_until > firstTerm);
  await expect(attempt(id)).rejects.toMatchObject({ type: 'BareunDeliveryLeased' });
  mailbox.answer();
  await first;
  expect(mailsOf(id)).toHaveLength(1);
  expect(await rowOf(id)).toMatchObject({ attempts: 1, sent_at: expect.any(Date), leased_until: null });
});

it('takes the lease of an attempt that died once its time has passed, and mails again; the dead one’s late record changes nothing', async () => {
  const id = await queued();
  const dead = randomUUID();
  await notifications.lease(id, dead, 150); // an attempt that leased it, maybe mailed it, and died before its record
  await expect(attempt(id)).rejects.toMatchObject({ type: 'BareunDeliveryLeased' });
  expect(mailsOf(id)).toEqual([]);

  await db.query(`UPDATE notifications SET leased_until = now() - interval '1 second' WHERE id = $1`, [id]); // 150 s later
  await attempt(id);
  expect(mailsOf(id)).toHaveLength(1);
  const sent = await rowOf(id);
  expect(sent).toMatchObject({ attempts: 2, sent_at: expect.any(Date) });

  expect(await notifications.markSent(id, dead, ['someone@else.example'])).toBe(false);
  expect(await rowOf(id)).toEqual(sent);
  await attempt(id); // Temporal's retry of an attempt whose result was lost: done already
  expect(mailsOf(id)).toHaveLength(1);
});

it('gives the lease back when the server refuses, so the retry sends at once', async () => {
  const id = await queued();
  mailbox.refuse(1);
  await expect(attempt(id)).rejects.toMatchObject({ type: 'BareunDeliveryRetry' });
  expect(await rowOf(id)).toMatchObject({
    attempts: 1,
    sent_at: null,
    leased_until: null,
    last_error: expect.stringMatching(/busy/),
  });
  await attempt(id);
  expect(await rowOf(id)).toMatchObject({ attempts: 2, sent_at: expect.any(Date) });
  expect(mailsOf(id)).toHaveLength(1);
});

const until = (done: () => boolean) => untilAsync(async () => done());

async function untilAsync(done: () => Promise<boolean>): Promise<void> {
  for (const deadline = Date.now() + 10_000; !(await done());) {
    if (Date.now() > deadline) throw new Error('not reached within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
