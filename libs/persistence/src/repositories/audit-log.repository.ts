// The audit log (see audit-log.ts): appended in the transaction of what it records, read in order.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntry, AuditHead } from '#domain';
import { AuditKey, type EntryMac } from '../audit-log.js';
import { AuditEntryEntity } from '../entities/index.js';
import type { Db } from '../typeorm-internals.js';

/** What an append did: whether this call wrote the entry, and the chain's head as the entry left it. */
export interface AuditAppend {
  appended: boolean;
  head: AuditHead;
}

@Injectable()
export class AuditLogRepository {
  constructor(
    @InjectDataSource() private readonly db: Db,
    private readonly key: AuditKey,
  ) {}

  /**
   * Appends the entry unless it is there already (a retried activity), and answers the head. Runs in the
   * caller's transaction: append_audit_entry_with_head (see its migration) takes a per-proposal advisory lock,
   * so two writers never chain onto the same entry, and hashes as auditHash does; then the entry's HMAC, made
   * here with a key PostgreSQL never sees, goes in beside it.
   */
  async append(entry: AuditEntry): Promise<AuditAppend> {
    const [{ appended, entries, hash }]: { appended: boolean; entries: number; hash: string }[] = await this.db.query(
      'SELECT appended, entries, hash FROM append_audit_entry_with_head($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
      [
        entry.id,
        entry.proposalId,
        entry.at,
        entry.actor,
        entry.action,
        entry.fromStatus ?? null,
        entry.toStatus ?? null,
        entry.rationale ?? null,
        entry.requestId ?? null,
        entry.detail ? JSON.stringify(entry.detail) : null,
      ],
    );
    if (appended) {
      await this.db.query('INSERT INTO audit_entry_macs (entry_id, key_id, mac) VALUES ($1, $2, $3)', [
        entry.id,
        this.key.id,
        this.key.mac(entry.proposalId, entries, hash),
      ]);
    }
    return { appended, head: { entries, lastHash: hash } };
  }

  /** Whether the entry was written (by an earlier try of the same activity, say). */
  async has(id: string): Promise<boolean> {
    const found: unknown[] = await this.db.query('SELECT 1 FROM audit_entries WHERE id = $1', [id]);
    return found.length > 0;
  }

  /** A page of the proposal's entries, oldest first, and how many it has. */
  page(proposalId: string, limit: number, offset: number): Promise<[AuditEntryEntity[], number]> {
    return this.db
      .getRepository(AuditEntryEntity)
      .findAndCount({ where: { proposalId }, order: { seq: 'ASC' }, take: limit, skip: offset });
  }

  /** Every entry of the proposal, oldest first: what verifyChain walks. */
  ofProposal(proposalId: string): Promise<AuditEntryEntity[]> {
    return this.db.getRepository(AuditEntryEntity).find({ where: { proposalId }, order: { seq: 'ASC' } });
  }

  /** The HMACs of the proposal's entries, by entry id. */
  async macsOf(proposalId: string): Promise<Map<string, EntryMac>> {
    const rows: { id: string; keyId: string; mac: string }[] = await this.db.query(
      `SELECT m.entry_id AS id, m.key_id AS "keyId", m.mac FROM audit_entry_macs m
         JOIN audit_entries e ON e.id = m.entry_id WHERE e.proposal_id = $1`,
      [proposalId],
    );
    return new Map(rows.map(({ id, keyId, mac }) => [id, { keyId, mac }]));
  }

  /** The last seq written before entries were keyed (the head-and-keys migration). */
  async keyedAfterSeq(): Promise<string> {
    const [row]: { seq: string }[] = await this.db.query('SELECT keyed_after_seq::text AS seq FROM audit_keying');
    return row?.seq ?? '0';
  }
}
