// The audit log is tamper-evident: an entry edited or removed with SQL, behind the application's back,
// is named by GET /api/proposals/:id/audit/verify; the application itself can neither edit nor delete one.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { auditHash } from '#persistence';
import { lowRiskDraft, openTask, reachStatus, submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';

let system: System;
let proposalId: string;
beforeAll(async () => {
  system = await System.start();
  proposalId = await submittedProposal(system);
  const review = await openTask(system, proposalId, 'expert_review', 'park.expert');
  await system.call('POST', `/api/tasks/${review.id}/claim`, { as: 'park.expert' });
  await system.call('POST', `/api/tasks/${review.id}/complete`, {
    as: 'park.expert',
    body: { decision: 'approve', comment: 'Tested on the published guides.' },
  });
  await reachStatus(system, proposalId, 'ETHICS_SIGNOFF');
});
afterAll(() => system.stop());

const verify = () => system.call('GET', `/api/proposals/${proposalId}/audit/verify`, { as: 'kim.manager' });
const entries = async () =>
  (await system.db.query('SELECT id, seq, action FROM audit_entries WHERE proposal_id = $1 ORDER BY seq', [proposalId])).rows;

/** What someone with the database's superuser password could do: with triggers off for the session. */
async function behindTheApplicationsBack(sql: string, params: unknown[]): Promise<void> {
  const client: pg.PoolClient = await system.db.connect();
  try {
    await client.query(`SET session_replication_role = replica`);
    await client.query(sql, params);
  } finally {
    await client.query(`SET session_replication_role = DEFAULT`);
    client.release();
  }
}

it('is intact as the lifecycle wrote it, and says how many entries, the newest hash, and what vouches for them', async () => {
  const reply = await verify();
  expect(reply.status).toBe(200);
  const count = (await entries()).length;
  expect(reply.body).toEqual({
    intact: true,
    entries: count,
    lastHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    keyed: count, // every entry appended by the worker carries its HMAC
    headEntries: expect.any(Number), // the workflow's head: all of it, or all but a write it has yet to hear back from
  });
  expect(reply.body.headEntries).toBeGreaterThanOrEqual(count - 1);
  expect(reply.body.entries).toBeGreaterThanOrEqual(4);
});

it('is hashed by the database as the verifier hashes it, whatever the text; a retried append writes nothing', async () => {
  const draft = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() });
  const id = draft.body.id as string;
  const texts = [
    'quote " and \\ backslash',
    'tab\t newline\n return\r \b \f \u0001 \u001f \u007f',
    '검토 완료 — 😀 \u2028',
    null,
  ];
  const ids = texts.map(() => randomUUID());
  const append = (i: number) =>
    system.db.query(`SELECT append_audit_entry($1, $2, $3, 'park.expert', 'hash_check', 'DRAFT', NULL, $4, NULL) AS appended`, [
      ids[i],
      id,
      new Date(Date.UTC(2026, 11, 1, 9, 0, 0, 123 + i)).toISOString(),
      texts[i],
    ]);
  for (let i = 0; i < texts.length; i++) expect((await append(i)).rows[0].appended).toBe(true);
  expect((await append(0)).rows[0].appended).toBe(false);

  const { rows } = await system.db.query(
    `SELECT id, proposal_id AS "proposalId", at, actor, action, from_status AS "fromStatus", to_status AS "toStatus",
            rationale, prev_hash AS "prevHash", hash FROM audit_entries WHERE proposal_id = $1 ORDER BY seq`,
    [id],
  );
  expect(rows.filter((r) => r.action === 'hash_check').map((r) => r.rationale)).toEqual(texts);
  for (const row of rows) expect(row.hash).toBe(auditHash(row, row.prevHash));
  expect(rows.slice(1).map((r) => r.prevHash)).toEqual(rows.slice(0, -1).map((r) => r.hash));
  // Appended by SQL alone, the entries have no HMAC: verification says the application did not write them.
  const reply = await system.call('GET', `/api/proposals/${id}/audit/verify`, { as: 'kim.manager' });
  expect(reply.body).toMatchObject({
    intact: false,
    brokenAt: { id: ids[0], reason: expect.stringMatching(/no HMAC: it was not appended by the application/) },
  });
});

it('refuses an UPDATE, a DELETE and a TRUNCATE of audit entries', async () => {
  const [first] = await entries();
  await expect(system.db.query(`UPDATE audit_entries SET rationale = 'x' WHERE id = $1`, [first.id])).rejects.toThrow(
    /append-only/,
  );
  await expect(system.db.query(`DELETE FROM audit_entries WHERE id = $1`, [first.id])).rejects.toThrow(/append-only/);
  await expect(system.db.query(`TRUNCATE audit_entries`)).rejects.toThrow(/append-only/);
  expect((await verify()).body.intact).toBe(true);
});

it('names the entry whose detail was edited with SQL: the detail must render to the rationale the hash covers', async () => {
  const screened = (await entries()).find((e) => e.action === 'screened')!;
  const [{ detail }] = (await system.db.query('SELECT detail FROM audit_entries WHERE id = $1', [screened.id])).rows;
  expect(detail).toMatchObject({ code: 'audit_screened' });
  const forged = {
    ...detail,
    params: { reasons: [{ code: 'tier_from_impact', params: { impact: 0, impactMax: 1, share: 0, tier: 4 } }] },
  };
  await behindTheApplicationsBack(`UPDATE audit_entries SET detail = $2 WHERE id = $1`, [screened.id, JSON.stringify(forged)]);
  expect((await verify()).body).toMatchObject({
    intact: false,
    brokenAt: { id: screened.id, reason: expect.stringMatching(/detail does not render to its rationale/) },
  });
  await behindTheApplicationsBack(`UPDATE audit_entries SET detail = $2 WHERE id = $1`, [screened.id, JSON.stringify(detail)]);
  expect((await verify()).body.intact).toBe(true);
});

it('names the entry whose rationale was edited with SQL', async () => {
  const decision = (await entries()).find((e) => e.action === 'expert_review_approve')!;
  await behindTheApplicationsBack(`UPDATE audit_entries SET rationale = 'rejected, in fact' WHERE id = $1`, [decision.id]);

  const reply = await verify();
  expect(reply.body).toMatchObject({
    intact: false,
    brokenAt: { id: decision.id, seq: String(decision.seq), reason: expect.stringMatching(/content does not match/) },
  });
});

it('names the entry after one that was deleted with SQL', async () => {
  const before = await entries();
  await behindTheApplicationsBack(`DELETE FROM audit_entries WHERE id = $1`, [before[0].id]);

  const reply = await verify();
  expect(reply.body).toMatchObject({
    intact: false,
    brokenAt: { id: before[1].id, reason: expect.stringMatching(/link to the previous entry/) },
  });
});

it('is scoped like the log itself: another department does not learn the proposal exists', async () => {
  expect((await system.call('GET', `/api/proposals/${proposalId}/audit/verify`, { as: 'lee.manager' })).status).toBe(404);
});
