// What the hash chain alone cannot see, and verification now reports: a tail removed with SQL, a whole log
// removed, and a consistent rewrite (entries altered and every hash recomputed, as a superuser could) — by
// the head the workflow keeps outside PostgreSQL and by the HMAC whose key PostgreSQL never holds.
import type pg from 'pg';
import { openTask, submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';

let system: System;
beforeAll(async () => {
  system = await System.start();
});
afterAll(() => system.stop());

const verify = (proposalId: string) => system.call('GET', `/api/proposals/${proposalId}/audit/verify`, { as: 'kim.manager' });
const entries = async (proposalId: string) =>
  (await system.db.query('SELECT id, seq FROM audit_entries WHERE proposal_id = $1 ORDER BY seq', [proposalId])).rows;

/** A submitted proposal at rest, its review in the inbox, once the workflow's head counts every entry. */
async function proposalAtRest(): Promise<string> {
  const proposalId = await submittedProposal(system);
  await openTask(system, proposalId, 'expert_review', 'park.expert');
  await system.eventually(
    async () => [(await verify(proposalId)).body, (await entries(proposalId)).length] as const,
    ([verdict, count]) => verdict.intact === true && verdict.headEntries === count,
  );
  return proposalId;
}

/** What someone with the superuser's password could do: with triggers (the append-only one) off. */
async function behindTheApplicationsBack(work: (client: pg.PoolClient) => Promise<unknown>): Promise<void> {
  const client = await system.db.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    await work(client);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

it('reports a tail deleted with SQL: the workflow counted more entries than remain', async () => {
  const proposalId = await proposalAtRest();
  const before = await entries(proposalId);
  const tail = before.slice(-2).map((e) => e.id);
  await behindTheApplicationsBack((db) => db.query('DELETE FROM audit_entries WHERE id = ANY($1)', [tail]));

  const reply = await verify(proposalId);
  expect(reply.status).toBe(200);
  expect(reply.body).toEqual({
    intact: false,
    entries: before.length - 2,
    missing: {
      expectedEntries: before.length,
      expectedLastHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      reason: `the workflow recorded ${before.length} entries and ${before.length - 2} remain: entries were removed`,
    },
  });
});

it('reports a whole log deleted', async () => {
  const proposalId = await proposalAtRest();
  const count = (await entries(proposalId)).length;
  await behindTheApplicationsBack((db) => db.query('DELETE FROM audit_entries WHERE proposal_id = $1', [proposalId]));

  expect((await verify(proposalId)).body).toMatchObject({
    intact: false,
    entries: 0,
    missing: { expectedEntries: count, reason: expect.stringMatching(/entries were removed/) },
  });
});

it('reports a consistent rewrite: every hash recomputed in SQL, but not the HMAC', async () => {
  const proposalId = await proposalAtRest();
  const [first] = await entries(proposalId);
  await behindTheApplicationsBack(async (db) => {
    await db.query(`UPDATE audit_entries SET rationale = 'nothing happened' WHERE id = $1`, [first.id]);
    await rehashChain(db, proposalId);
  });
  // The rewrite is consistent: every hash and link holds, as the hash chain alone would see it.
  const rows = (
    await system.db.query('SELECT prev_hash, hash FROM audit_entries WHERE proposal_id = $1 ORDER BY seq', [proposalId])
  ).rows;
  expect(rows.slice(1).map((r) => r.prev_hash)).toEqual(rows.slice(0, -1).map((r) => r.hash));

  expect((await verify(proposalId)).body).toMatchObject({
    intact: false,
    brokenAt: { id: first.id, reason: expect.stringMatching(/HMAC does not match its place and hash/) },
  });
});

it('gives the application role no UPDATE, DELETE or TRUNCATE of audit entries, however the triggers are set', async () => {
  const app = new (await import('pg')).default.Client({ connectionString: system.appDatabaseUrl });
  await app.connect();
  try {
    const [first] = (await app.query('SELECT id FROM audit_entries LIMIT 1')).rows;
    await expect(app.query('SET session_replication_role = replica')).rejects.toThrow(/permission denied/);
    await expect(app.query(`UPDATE audit_entries SET rationale = 'x' WHERE id = $1`, [first.id])).rejects.toThrow(
      /permission denied/,
    );
    await expect(app.query('DELETE FROM audit_entries WHERE id = $1', [first.id])).rejects.toThrow(/permission denied/);
    await expect(app.query('TRUNCATE audit_entries')).rejects.toThrow(/permission denied/);
    await expect(app.query('DELETE FROM audit_entry_macs')).rejects.toThrow(/permission denied/);
  } finally {
    await app.end();
  }
});

/** Recomputes every entry's link and hash in order, with the same SQL append_audit_entry hashes with. */
async function rehashChain(db: pg.PoolClient, proposalId: string): Promise<void> {
  await db.query(
    `DO $$
     DECLARE r record; prev char(64) := NULL; content text;
     BEGIN
       FOR r IN SELECT * FROM audit_entries WHERE proposal_id = '${proposalId}' ORDER BY seq LOOP
         content := '[' || array_to_string(ARRAY[
           to_json(r.id::text)::text, to_json(r.proposal_id::text)::text,
           to_json(to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text,
           to_json(r.actor::text)::text, to_json(r.action::text)::text,
           coalesce(to_json(r.from_status::text)::text, 'null'), coalesce(to_json(r.to_status::text)::text, 'null'),
           coalesce(to_json(r.rationale)::text, 'null'), coalesce(to_json(prev::text)::text, 'null')], ',') || ']';
         UPDATE audit_entries SET prev_hash = prev, hash = encode(sha256(convert_to(content, 'UTF8')), 'hex') WHERE id = r.id;
         prev := encode(sha256(convert_to(content, 'UTF8')), 'hex');
       END LOOP;
     END $$`,
  );
}
