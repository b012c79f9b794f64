// The audit log is append-only and tamper-evident: each entry stores a SHA-256 over its content and the
// hash of the proposal's previous entry, so an edited, removed or inserted row breaks the chain there.
// Every writer (activities and API alike) appends through AuditLogRepository.append; nothing updates or deletes
// a row, and a trigger refuses anyone who tries (see the audit-chain migration).
import { createHash } from 'node:crypto';
import { isMessage, render } from '#domain';
import type { AuditEntryEntity } from './entities/index.js';

export interface AuditContent {
  id: string;
  proposalId: string;
  at: string | Date;
  actor: string;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  rationale?: string | null;
}

/**
 * The entry's hash: over a fixed-order JSON of its content and the previous hash (null for the first).
 * append_audit_entry computes the same in SQL when it writes; this checks it when the chain is verified.
 */
export function auditHash(entry: AuditContent, prevHash: string | null): string {
  const content = [
    entry.id,
    entry.proposalId,
    new Date(entry.at).toISOString(),
    entry.actor,
    entry.action,
    entry.fromStatus ?? null,
    entry.toStatus ?? null,
    entry.rationale ?? null,
    prevHash,
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export type ChainVerdict =
  | { intact: true; entries: number; lastHash: string | null }
  | { intact: false; entries: number; brokenAt: { seq: string; id: string; at: string; reason: string } };

/** Whether the entry's detail, if it has one, says what its rationale (covered by the hash) says. */
function detailHolds({ detail, rationale }: Pick<AuditEntryEntity, 'detail' | 'rationale'>): boolean {
  if (detail === null || detail === undefined) return true;
  try {
    return isMessage(detail) && render('en', detail) === rationale;
  } catch {
    return false; // params no text of the catalogue could have made
  }
}

/**
 * Walks a proposal's entries in order and names the first one whose content or link does not hold: the
 * hash covers the rationale, and the detail must render to the rationale, so neither changes unnoticed.
 */
export function verifyChain(rows: readonly AuditEntryEntity[]): ChainVerdict {
  let prevHash: string | null = null;
  for (const row of rows) {
    const reason =
      row.prevHash !== prevHash
        ? 'its link to the previous entry does not match: an entry before it was removed, inserted or altered'
        : auditHash(row, prevHash) !== row.hash
          ? 'its content does not match its hash: the entry was altered'
          : !detailHolds(row)
            ? 'its detail does not render to its rationale: the detail was altered'
            : null;
    if (reason)
      return { intact: false, entries: rows.length, brokenAt: { seq: row.seq, id: row.id, at: row.at.toISOString(), reason } };
    prevHash = row.hash;
  }
  return { intact: true, entries: rows.length, lastHash: prevHash };
}
