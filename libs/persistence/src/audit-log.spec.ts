import { message } from '#domain';
import type { AuditEntryEntity } from './entities/index.js';
import { auditHash, verifyChain } from './audit-log.js';

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
