// Thirty proposals in flight at once while the worker is SIGKILLed at random moments, the Temporal server
// is stopped and started again, and PostgreSQL is stopped for 20 s; twenty completions of one task race.
// Afterwards every proposal stands where its decisions lead, each decision is in the audit log once, the
// read model says what the workflow says, and each notification is mailed once (again only where a SIGKILL
// fell between the mail server's OK and the record of it: SMTP is at-least-once). FAULT_SEED replays.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { freePort, type RunningPostgres, startEmbeddedPostgres } from '#dev-stack';
import { type LifecycleState, stateQuery, workflowIdFor } from '#domain';
import { FileBackedTemporal } from '../support/file-backed-temporal.js';
import { Mailbox } from '../support/mailbox.js';
import { openTask, submittedProposal } from '../support/proposals.js';
import { seededRandom, seedFromEnvironment } from '../support/seeded-random.js';
import { System } from '../support/system.js';
import { runMigrations, seedDemo } from '#persistence';
import { dataConverterOf } from '#temporal';
import { drawFaults, injectFaults } from './fault-schedule.js';
import { type Driven, FINAL_STATUS, type Plan, ProposalDriver } from './proposal-driver.js';

const IN_FLIGHT = Number(process.env.FAULT_PROPOSALS ?? 30);
const WORKER_KILLS = Number(process.env.FAULT_WORKER_KILLS ?? 10);
const POSTGRES_OUTAGE_MS = 20_000;
/** From the mail server's OK to the commit of `sent_at`: milliseconds, seconds on a loaded machine. */
const CRASH_WINDOW_MS = 2_000;
const RUN_LIMIT_MS = Number(process.env.FAULT_RUN_LIMIT_MS ?? 240_000);
const seed = seedFromEnvironment();

let system: System;
let temporal: FileBackedTemporal;
let postgres: RunningPostgres;
let mailbox: Mailbox;
// A PostgreSQL of this file's own, which it stops and starts again; its data survives in this folder.
const postgresDir = mkdtempSync(join(tmpdir(), 'bareun-faults-postgres-'));
chmodSync(postgresDir, 0o755); // as root, PostgreSQL runs as another user who must reach its folder
beforeAll(async () => {
  console.log(`fault run seed: FAULT_SEED=${seed} (set it to replay this run's faults and plans)`);
  [temporal, postgres, mailbox] = await Promise.all([
    FileBackedTemporal.start(),
    freePort().then((port) =>
      startEmbeddedPostgres({ dataDir: join(postgresDir, 'data'), port, database: 'bareun', persistent: true }),
    ),
    Mailbox.start(),
  ]);
  await runMigrations(postgres.url);
  await seedDemo(postgres.url);
  const env = { DATABASE_URL: postgres.url, TEMPORAL_ADDRESS: temporal.address, SMTP_URL: mailbox.url };
  system = await System.start(env, postgres.url);
  system.superviseWorker();
});
afterAll(async () => {
  if (process.env.FAULT_LOG) (await import('node:fs')).writeFileSync(process.env.FAULT_LOG, system.logs.join('\n'));
  await system?.stop();
  await Promise.all([temporal?.stop(), postgres?.stop(), mailbox?.stop()]);
  rmSync(postgresDir, { recursive: true, force: true });
});

/** Twenty completions of one claimed task at once, without an idempotency key: one wins, the rest are 409. */
async function raceCompletions(): Promise<{ proposalId: string; statuses: number[] }> {
  const proposalId = await submittedProposal(system);
  const task = await openTask(system, proposalId, 'expert_review', 'park.expert');
  expect((await system.call('POST', `/api/tasks/${task.id}/claim`, { as: 'park.expert' })).status).toBe(200);
  // A 503 says "try again" (Temporal bounds the Updates in flight on one workflow): the client does, as a person would.
  const complete = async (i: number) => {
    for (let attempt = 1; ; attempt++) {
      const reply = await system.call('POST', `/api/tasks/${task.id}/complete`, {
        as: 'park.expert',
        body: { decision: 'reject', comment: `Racing completion ${i}.` },
      });
      if (reply.status !== 503 || attempt === 10) return reply;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => complete(i)));
  return { proposalId, statuses: replies.map((r) => r.status).sort((a, b) => a - b) };
}

it('loses no decision, doubles no effect and keeps the read model true under crashes and outages', async () => {
  const random = seededRandom(seed);
  const faults = drawFaults(random, WORKER_KILLS);
  const deadline = Date.now() + RUN_LIMIT_MS;
  const driven: Driven[] = [];
  let faultsOver = false;
  // Each slot keeps one proposal in flight until the faults are over; its own stream keeps plans replayable.
  const slots = Promise.all(
    Array.from({ length: IN_FLIGHT }, async (_, slot) => {
      const slotRandom = seededRandom(seed + slot + 1);
      const driver = new ProposalDriver(system, slotRandom);
      do driven.push(await driver.drive(slotRandom.pick<Plan>(['approve', 'approve', 'reject', 'withdraw']), deadline));
      while (!faultsOver);
    }),
  );
  const race = await raceCompletions();
  const { duringOutage, workerKills } = await injectFaults(faults, random, {
    system,
    temporal,
    postgres,
    postgresOutageMs: POSTGRES_OUTAGE_MS,
    log: (line) => console.log(`fault ${line}`),
  });
  faultsOver = true;
  await slots;

  expect(race.statuses).toEqual([200, ...Array(19).fill(409)]);
  expect(duringOutage.length).toBeGreaterThan(0);
  expect(new Set(duringOutage)).toEqual(new Set([503]));
  await expectEveryProposalWhereItsDecisionsLead([...driven, { id: race.proposalId, plan: 'reject' }]);
  await expectEachNotificationSentOnce(workerKills);
});

const DECISIONS: Record<Plan, string[]> = {
  approve: ['expert_review_approve', 'ethics_signoff_approve'],
  reject: ['expert_review_reject'],
  withdraw: [],
};

async function expectEveryProposalWhereItsDecisionsLead(driven: Driven[]): Promise<void> {
  const client = new Client({
    connection: await Connection.connect({ address: temporal.address }),
    dataConverter: dataConverterOf({ TEMPORAL_CODEC_KEYS: system.codecKeys }),
  });
  try {
    for (const { id, plan } of driven) {
      const row = (await system.db.query('SELECT status, tier FROM proposals WHERE id = $1', [id])).rows[0];
      const audit = (await system.db.query('SELECT action FROM audit_entries WHERE proposal_id = $1 ORDER BY seq', [id])).rows;
      const actions = audit.map((r) => r.action as string);
      const tasks = (await system.db.query('SELECT id, status, assignee, decision FROM tasks WHERE proposal_id = $1', [id])).rows;
      const state = await client.workflow.getHandle(workflowIdFor(id)).query<LifecycleState>(stateQuery);
      const context = { id, plan, actions };
      expect({ ...context, status: row.status }).toEqual({ ...context, status: FINAL_STATUS[plan] });
      expect({ ...context, repeated: actions.filter((a, i) => actions.indexOf(a) !== i) }).toEqual({ ...context, repeated: [] });
      for (const decision of DECISIONS[plan]) expect(actions).toContain(decision);
      expect({ status: state.status, tier: state.tier }).toEqual({ status: row.status, tier: row.tier });
      const workflowTasks = state.tasks.map((t) => ({
        id: t.id,
        status: t.status,
        assignee: t.assignee,
        decision: t.decision?.decision ?? null,
      }));
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect(tasks.sort(byId)).toEqual(workflowTasks.sort(byId));
    }
  } finally {
    await client.connection.close();
  }
}

/**
 * Each notification is marked sent once and reaches the mailbox once under its own Message-ID. SMTP cannot be
 * exactly-once: a worker killed between the server's "250 OK" and the commit of `sent_at` leaves a retry that
 * mails it again (same Message-ID, so mail clients show it once). A repeat is accepted only for such a mail:
 * one whose first copy the server took within moments before a SIGKILL. PostgreSQL or Temporal going away
 * there must not cause one.
 */
async function expectEachNotificationSentOnce(workerKills: number[]): Promise<void> {
  const { rows } = await system.eventually(
    () => system.db.query('SELECT id, sent_at, failed_at, attempts FROM notifications'),
    (result) => result.rows.every((r) => r.sent_at || r.failed_at),
    // A delivery cut by a crash is retried after its 1-minute start-to-close timeout, later still with backoff.
    150_000,
  );
  expect(rows.filter((r) => r.failed_at)).toEqual([]);
  const received = mailbox.received.map((mail) => mail.messageId);
  expect([...new Set(received)].sort()).toEqual(rows.map((r) => `<${r.id}@bareun>`).sort());
  const repeated = [...new Set(received.filter((id, i) => received.indexOf(id) !== i))];
  const firstCopyAt = (id: string) => mailbox.received.find((mail) => mail.messageId === id)!.at;
  const cutByAKill = (id: string) =>
    workerKills.some((kill) => kill >= firstCopyAt(id) && kill - firstCopyAt(id) < CRASH_WINDOW_MS);
  console.log(`notifications: ${rows.length} sent; mailed again after a worker kill: ${repeated.join(' ') || 'none'}`);
  expect(repeated.filter((id) => !cutByAKill(id))).toEqual([]);
}
