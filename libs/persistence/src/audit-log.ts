// The audit log is append-only and tamper-evident: each entry stores a SHA-256 over its content and the
// hash of the proposal's previous entry, so an edited, removed or inserted row breaks the chain there.
// Every writer (activities and API alike) appends through AuditLogRepository.append; nothing updates or deletes
// a row, and a trigger refuses anyone who tries (see the audit-chain migration). What SQL alone could still do
// (remove a tail, or rewrite and rehash the chain) the HMAC, whose key PostgreSQL never holds, and the head kept
// by the workflow bring to light (docs/security.md "The audit log cannot be changed unnoticed").
import { createHash, createHmac } from 'node:crypto';
import { type AuditHead, isMessage, render } from '#domain';
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

/** The application's audit key (AUDIT_HMAC_KEY): it keys each entry's place in its chain. */
export class AuditKey {
  /** Names the key without revealing it, beside each HMAC made with it. */
  readonly id: string;

  constructor(private readonly secret: string) {
    this.id = createHash('sha256').update(`bareun-audit-key:${secret}`).digest('hex').slice(0, 16);
  }

  /** The HMAC of the entry that made the chain `entries` long with `hash`: its content, its link and its place. */
  mac(proposalId: string, entries: number, hash: string): string {
    return createHmac('sha256', this.secret)
      .update(JSON.stringify([proposalId, entries, hash]))
      .digest('hex');
  }
}

/** An entry's HMAC as stored beside it. */
export interface EntryMac {
  keyId: string;
  mac: string;
}

/** What verification has besides the rows: the key, the rows' HMACs, where keying began, the kept head. */
export interface ChainEvidence {
  key: AuditKey;
  macs: ReadonlyMap<string, EntryMac>;
  /** Entries up to this seq were written before entries were keyed: verified by their hashes alone. */
  keyedAfterSeq: string;
  /** The head the workflow kept; null when no run answered (none yet, or gone past retention). */
  head: AuditHead | null;
  /** The head in the newest signed digest whose signature holds; null when it names none for the proposal. */
  digestHead?: AuditHead | null;
}

interface ChainBreak {
  seq: string;
  id: string;
  at: string;
  reason: string;
}

export type ChainVerdict =
  | { intact: true; entries: number; lastHash: string | null; keyed?: number; headEntries?: number | null }
  | {
      intact: false;
      entries: number;
      brokenAt?: ChainBreak;
      /** Entries the workflow's head counts that the table no longer has. */
      missing?: { expectedEntries: number; expectedLastHash: string; reason: string };
    };

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
 * Walks a proposal's entries in order and names the first one whose content, link or HMAC does not hold: the
 * hash covers the rationale, and the detail must render to the rationale, so neither changes unnoticed. With
 * `evidence`, each keyed entry's HMAC is checked, and the table must still hold the head the workflow kept.
 */
export function verifyChain(rows: readonly AuditEntryEntity[], evidence?: ChainEvidence): ChainVerdict {
  let prevHash: string | null = null;
  let keyed = 0;
  for (const [index, row] of rows.entries()) {
    const macReason = evidence && macProblem(row, index + 1, evidence);
    const reason =
      row.prevHash !== prevHash
        ? 'its link to the previous entry does not match: an entry before it was removed, inserted or altered'
        : auditHash(row, prevHash) !== row.hash
          ? 'its content does not match its hash: the entry was altered'
          : !detailHolds(row)
            ? 'its detail does not render to its rationale: the detail was altered'
            : macReason;
    if (reason) return { intact: false, entries: rows.length, brokenAt: breakAt(row, reason) };
    if (evidence?.macs.has(row.id)) keyed += 1;
    prevHash = row.hash;
  }
  if (!evidence) return { intact: true, entries: rows.length, lastHash: prevHash };
  const { head, digestHead } = evidence;
  const lost = headProblem(rows, head, 'the workflow') ?? headProblem(rows, digestHead ?? null, 'the signed digest');
  if (lost) return lost;
  return { intact: true, entries: rows.length, lastHash: prevHash, keyed, headEntries: head?.entries ?? null };
}

/** The table must still hold `head` (kept by `source`): that many entries, the one at the head with its hash. */
function headProblem(rows: readonly AuditEntryEntity[], head: AuditHead | null, source: string): ChainVerdict | null {
  if (!head) return null;
  if (rows.length < head.entries) {
    const reason = `${source} recorded ${head.entries} entries and ${rows.length} remain: entries were removed`;
    return {
      intact: false,
      entries: rows.length,
      missing: { expectedEntries: head.entries, expectedLastHash: head.lastHash, reason },
    };
  }
  const atHead = rows[head.entries - 1];
  if (atHead.hash === head.lastHash) return null;
  const reason = `its hash is not the one ${source} recorded for the chain's head: the log was rewritten`;
  return { intact: false, entries: rows.length, brokenAt: breakAt(atHead, reason) };
}

function macProblem(row: AuditEntryEntity, place: number, { key, macs, keyedAfterSeq }: ChainEvidence): string | null {
  const stored = macs.get(row.id);
  if (!stored) {
    return BigInt(row.seq) > BigInt(keyedAfterSeq) ? 'it has no HMAC: it was not appended by the application' : null; // written before entries were keyed: its hash and link are what vouch for it
  }
  if (stored.keyId !== key.id) return `its HMAC was made with another key (${stored.keyId}) than the configured one`;
  return stored.mac === key.mac(row.proposalId, place, row.hash)
    ? null
    : 'its HMAC does not match its place and hash: the log was rewritten without the application';
}

const breakAt = (row: AuditEntryEntity, reason: string): ChainBreak => ({
  seq: row.seq,
  id: row.id,
  at: row.at.toISOString(),
  reason,
});
