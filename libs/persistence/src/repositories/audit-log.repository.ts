// The audit log (see audit-log.ts): appended in the transaction of what it records, read in order.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntry } from '#domain';
import { AuditEntryEntity } from '../entities/index.js';
import type { Db } from '../typeorm-internals.js';

@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly db: Db) {}

  /**
   * Appends the entry unless it is there already (a retried activity); true when this call wrote it. Runs in
   * the caller's transaction, in one round trip: the append_audit_entry function (see its migration) takes a
   * per-proposal advisory lock, so two writers never chain onto the same entry, and hashes as auditHash does.
   */
  async append(entry: AuditEntry): Promise<boolean> {
    const [{ appended }]: { appended: boolean }[] = await this.db.query(
      'SELECT append_audit_entry($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) AS appended',
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
    return appended;
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
}
