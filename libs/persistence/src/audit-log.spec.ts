import { message } from '#domain';
import type { AuditEntryEntity } from './entities/index.js';
import { AuditKey, type ChainEvidence, auditHash, verifyChain } from './audit-log.js';

/** A chain of `n` entries as appendAudit writes them; the third says what the system said, with its detail. */
function chain(n: number): AuditEntryEntity[] {
  const rows: AuditEntryEntity[] = [];
  for (let i = 0; i < n; i++) {
    const content = {
      id: `00000000-0000-4000-8000-00000000000${i}`,
      proposalId: '11111111-1111-4111-8111-111111111111',
      at: new Date(Date.UTC(2026, 0, 1, 9, i)),
      actor: 'park.expert',
      action: `step_${i}`,
      fromStatus: null,
      toStatus: null,
      rationale: i === 1 ? '검토 완료' : i === 2 ? 're-audit every 24 months' : null,
      detail: i === 2 ? message('audit_reaudit_interval', { months: 24 }) : null,
      requestId: null,
    };
    const prevHash = rows.at(-1)?.hash ?? null;
    rows.push({ ...content, seq: String(i + 1), prevHash, hash: auditHash(content, prevHash) });
  }
  return rows;
}

describe('verifyChain', () => {
  it('finds a fresh chain intact and reports its newest hash', () => {
    const rows = chain(3);
    expect(verifyChain(rows)).toEqual({ intact: true, entries: 3, lastHash: rows[2].hash });
    expect(verifyChain([])).toEqual({ intact: true, entries: 0, lastHash: null });
  });

  it.each([
    ['rationale', { rationale: 'changed' }],
    ['actor', { actor: 'someone.else' }],
    ['time', { at: new Date(Date.UTC(2026, 0, 1, 10)) }],
    ['stage', { toStatus: 'APPROVED' as const }],
  ])('names an entry whose %s was changed', (_, change) => {
    const rows = chain(3);
    rows[1] = { ...rows[1], ...change };
    expect(verifyChain(rows)).toMatchObject({
      intact: false,
      brokenAt: { id: rows[1].id, reason: expect.stringMatching(/content/) },
    });
  });

  it.each([
    ['its params', message('audit_reaudit_interval', { months: 3 })],
    ['its code', message('audit_cycle', { cycle: 24 })],
    ['to nothing of the catalogue', { code: 'no_such_code', params: {} }],
  ])('names an entry whose detail was changed: %s', (_, detail) => {
    const rows = chain(3);
    rows[2] = { ...rows[2], detail: detail as AuditEntryEntity['detail'] };
    expect(verifyChain(rows)).toMatchObject({
      intact: false,
      brokenAt: { id: rows[2].id, reason: expect.stringMatching(/detail does not render/) },
    });
  });

  it('names the entry after a removed one, and a forged entry whose hash was recomputed', () => {
    const removed = chain(3);
    removed.splice(1, 1);
    expect(verifyChain(removed)).toMatchObject({
      intact: false,
      brokenAt: { id: removed[1].id, reason: expect.stringMatching(/link/) },
    });

    const forged = chain(3);
    forged[1] = { ...forged[1], rationale: 'forged' };
    forged[1].hash = auditHash(forged[1], forged[1].prevHash);
    expect(verifyChain(forged)).toMatchObject({ intact: false, brokenAt: { id: forged[2].id } });
  });
});

describe('verifyChain with the key and the head the workflow kept', () => {
  const key = new AuditKey('a-unit-test-audit-key-of-32-characters');
  const evidenceFor = (rows: AuditEntryEntity[], overrides: Partial<ChainEvidence> = {}): ChainEvidence => ({
    key,
    macs: new Map(rows.map((row, i) => [row.id, { keyId: key.id, mac: key.mac(row.proposalId, i + 1, row.hash) }])),
    keyedAfterSeq: '0',
    head: { entries: rows.length, lastHash: rows.at(-1)!.hash },
    ...overrides,
  });
  /** Every hash from `from` on recomputed, as someone rewriting the log with SQL would. */
  const rehash = (rows: AuditEntryEntity[], from: number) => {
    for (let i = from; i < rows.length; i++) {
      const prevHash = rows[i - 1]?.hash ?? null;
      rows[i] = { ...rows[i], prevHash, hash: auditHash(rows[i], prevHash) };
    }
  };

  it('finds the log intact when every HMAC and the head hold', () => {
    const rows = chain(3);
    expect(verifyChain(rows, evidenceFor(rows))).toEqual({
      intact: true,
      entries: 3,
      lastHash: rows[2].hash,
      keyed: 3,
      headEntries: 3,
    });
  });

  it('reports a tail removed, and a whole log removed, by the head', () => {
    const rows = chain(3);
    const evidence = evidenceFor(rows);
    expect(verifyChain(rows.slice(0, 2), evidence)).toMatchObject({
      intact: false,
      entries: 2,
      missing: { expectedEntries: 3, expectedLastHash: rows[2].hash, reason: expect.stringMatching(/3 entries and 2 remain/) },
    });
    expect(verifyChain([], evidence)).toMatchObject({ intact: false, entries: 0, missing: { expectedEntries: 3 } });
  });

  it('names the first entry of a consistent rewrite by its HMAC, and by the head where no HMAC is kept', () => {
    const original = chain(3);
    const evidence = evidenceFor(original);
    const rows = [...original];
    rows[1] = { ...rows[1], rationale: 'rewritten' };
    rehash(rows, 1);
    expect(verifyChain(rows)).toMatchObject({ intact: true }); // the hash chain alone cannot tell
    expect(verifyChain(rows, evidence)).toMatchObject({
      intact: false,
      brokenAt: { id: rows[1].id, reason: expect.stringMatching(/HMAC does not match/) },
    });
    const unkeyed = { ...evidence, macs: new Map(), keyedAfterSeq: '3' };
    expect(verifyChain(rows, unkeyed)).toMatchObject({
      intact: false,
      brokenAt: { id: rows[2].id, reason: expect.stringMatching(/not the one the workflow recorded/) },
    });
  });

  it('names an entry after keying began that has no HMAC, or one made with another key', () => {
    const rows = chain(3);
    const macs = new Map(evidenceFor(rows).macs);
    macs.delete(rows[2].id);
    expect(verifyChain(rows, evidenceFor(rows, { macs }))).toMatchObject({
      brokenAt: { id: rows[2].id, reason: expect.stringMatching(/no HMAC/) },
    });
    expect(verifyChain(rows, evidenceFor(rows, { macs, keyedAfterSeq: '3' }))).toMatchObject({ intact: true, keyed: 2 });
    const other = new AuditKey('another-audit-key-of-at-least-32-chars');
    expect(verifyChain(rows, evidenceFor(rows, { key: other }))).toMatchObject({
      brokenAt: { id: rows[0].id, reason: expect.stringMatching(/another key/) },
    });
  });

  it('reports what the newest signed digest counts when no run answers with its head', () => {
    const rows = chain(3);
    const evidence = evidenceFor(rows, { head: null, digestHead: { entries: 3, lastHash: rows[2].hash } });
    expect(verifyChain(rows, evidence)).toMatchObject({ intact: true, headEntries: null });
    expect(verifyChain([], evidence)).toMatchObject({
      intact: false,
      missing: { expectedEntries: 3, reason: 'the signed digest recorded 3 entries and 0 remain: entries were removed' },
    });
  });
});
