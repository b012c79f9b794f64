// The proposals that need an administrator (ProposalAttentionEntity): written beside the lifecycle and by
// reconcile, read by the stalled board.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProposalStatus, Tier } from '#domain';
import { type AttentionReason, ProposalAttentionEntity } from '../entities/index.js';
import type { Db } from '../typeorm-internals.js';
import { findById } from './plain-sql.js';

/** A row of the board: the attention with its proposal's title, department, tier and stage. */
export interface AttentionBoardRow {
  proposal_id: string;
  reason: AttentionReason;
  activity: string | null;
  error: string;
  since: Date;
  retries: number;
  retrying: boolean;
  title: string;
  department_code: string;
  tier: number | null;
  status: ProposalStatus;
}

export interface AttentionFilter {
  stage?: ProposalStatus;
  department?: string;
  tier?: Tier;
}

@Injectable()
export class AttentionRepository {
  constructor(@InjectDataSource() private readonly db: Db) {}

  find(proposalId: string): Promise<ProposalAttentionEntity | null> {
    return findById(this.db, ProposalAttentionEntity, proposalId);
  }

  /** Writes the proposal's row; true when it had none (or one of another reason) before. */
  async record(row: ProposalAttentionEntity): Promise<boolean> {
    const rows: { fresh: boolean }[] = await this.db.query(
      `WITH before AS (SELECT reason FROM proposal_attention WHERE proposal_id = $1)
       INSERT INTO proposal_attention (proposal_id, reason, activity, error, since, retries, retrying)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (proposal_id) DO UPDATE SET reason = $2, activity = $3, error = $4, since = $5, retries = $6, retrying = $7
       RETURNING NOT EXISTS (SELECT 1 FROM before WHERE reason = $2) AS fresh`,
      [row.proposalId, row.reason, row.activity, row.error, row.since, row.retries, row.retrying],
    );
    return rows[0].fresh;
  }

  /** Removes the proposal's row of that reason, if it has one. */
  async remove(proposalId: string, reason: AttentionReason): Promise<void> {
    await this.db.query('DELETE FROM proposal_attention WHERE proposal_id = $1 AND reason = $2', [proposalId, reason]);
  }

  /** Every proposal needing attention under the filter, longest waiting first (few: no paging). */
  board(filter: AttentionFilter): Promise<AttentionBoardRow[]> {
    const params: unknown[] = [];
    const where = [
      filter.stage && `p.status = $${params.push(filter.stage)}`,
      filter.department && `p.department_code = $${params.push(filter.department)}`,
      filter.tier && `p.tier = $${params.push(filter.tier)}`,
    ].filter(Boolean);
    return this.db.query(
      `SELECT a.proposal_id, a.reason, a.activity, a.error, a.since, a.retries, a.retrying,
         p.title, p.department_code, p.tier, p.status
       FROM proposal_attention a JOIN proposals p ON p.id = a.proposal_id
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY a.since ASC, a.proposal_id ASC`,
      params,
    );
  }
}
