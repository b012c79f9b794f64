// The daily signed digest of every proposal's audit chain head: published by the Schedule's workflow, public at
// GET /api/register/audit-digest with the key to verify it, linked to the one before; a copy kept tells a later
// rewrite.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { auditDigestSchedule, publishAuditDigest } from './support/audit-digest.js';
import { openTask, submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';

let system: System;
beforeAll(async () => {
  system = await System.start();
});
afterAll(() => system.stop());

const latest = () => system.call('GET', '/api/register/audit-digest');

it('is published daily by a Schedule the worker makes', async () => {
  const schedule = await auditDigestSchedule(system);
  try {
    const { spec } = await schedule.handle.describe();
    expect(spec.calendars?.[0]).toMatchObject({ hour: [{ start: 0 }], minute: [{ start: 10 }] });
    expect(spec.timezone).toBe('Asia/Seoul');
  } finally {
    await schedule.close();
  }
});

it("signs every chain's head, verifiably with the published key, and links each digest to the one before", async () => {
  const proposalId = await submittedProposal(system);
  await openTask(system, proposalId, 'expert_review', 'park.expert');
  const verdict = await system.eventually(
    async () => (await system.call('GET', `/api/proposals/${proposalId}/audit/verify`, { as: 'kim.manager' })).body,
    (body) => body.intact === true && body.headEntries === body.entries,
  );
  const before = await latest(); // another file's run may have published one already: 404 or 200
  await publishAuditDigest(system);
  const digest = (await latest()).body;

  expect(createHash('sha256').update(digest.body).digest('hex')).toBe(digest.digestHash);
  const key = createPublicKey({ key: Buffer.from(digest.publicKey, 'base64'), format: 'der', type: 'spki' });
  expect(verify(null, Buffer.from(digest.body), key, Buffer.from(digest.signature, 'base64'))).toBe(true);
  expect(digest.keyId).toBe(digest.publicKeyId);
  const body = JSON.parse(digest.body);
  expect(body).toMatchObject({
    kind: 'bareun-audit-digest',
    day: digest.day,
    previousDigestHash: before.status === 200 ? before.body.digestHash : null,
    keyId: digest.keyId,
  });
  expect(body.chains).toContainEqual({ proposalId, entries: verdict.entries, lastHash: verdict.lastHash });

  // Verification compares the log with the digest's head too (it outlives the workflow's run): they agree.
  const again = await system.call('GET', `/api/proposals/${proposalId}/audit/verify`, { as: 'kim.manager' });
  expect(again.body).toMatchObject({ intact: true, entries: verdict.entries });

  // A body altered in transit, or by whoever rewrote the table, no longer verifies.
  const forged = digest.body.replace(verdict.lastHash, '0'.repeat(64));
  expect(verify(null, Buffer.from(forged), key, Buffer.from(digest.signature, 'base64'))).toBe(false);

  // Each names the one before it (other files' runs may publish in between); the history lists them newest first.
  const next = await publishAuditDigest(system);
  const history = await system.call('GET', '/api/register/audit-digest/history?limit=50');
  expect(history.status).toBe(200);
  const items: { digestHash: string; body: string }[] = history.body.items;
  expect(items.map((item) => item.digestHash)).toEqual(expect.arrayContaining([next, digest.digestHash]));
  const links = items.map((item) => JSON.parse(item.body).previousDigestHash);
  expect(links.slice(0, -1)).toEqual(items.slice(1).map((item) => item.digestHash));
  expect(history.body.total).toBeGreaterThanOrEqual(2);
});

it('refuses the application role any change to a published digest', async () => {
  const pg = (await import('pg')).default;
  const app = new pg.Client({ connectionString: system.appDatabaseUrl });
  await app.connect();
  try {
    await expect(app.query(`UPDATE audit_digests SET body = '{}'`)).rejects.toThrow(/permission denied/);
    await expect(app.query('DELETE FROM audit_digests')).rejects.toThrow(/permission denied/);
  } finally {
    await app.end();
  }
});
