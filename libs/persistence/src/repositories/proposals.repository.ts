// Proposals: the API's drafts, and the lifecycle's writes to a submitted one (its screening, its stage, a
// revision's answers).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In } from 'typeorm';
import type { AuditEntry, ProposalStatus, Scores, Tier } from '#domain';
import { ProposalEntity } from '../entities/index.js';
import type { Db } from '../typeorm-internals.js';
import { findById } from './plain-sql.js';
import { proposalRecord, type ProposalRecord } from './proposal-record.js';

export interface ProposalFilter {
  status?: ProposalStatus;
  tier?: number;
  department?: string;
  limit: number;
  offset: number;
}

/** Whose proposals a reader may list: everyone's, one department's, or every submitted one. */
export type ProposalScope = { department?: string; submittedOnly?: boolean };

@Injectable()
export class ProposalsRepository {
  constructor(@InjectDataSource() private readonly db: Db) {}

  findById(id: string): Promise<ProposalEntity | null> {
    return findById(this.db, ProposalEntity, id);
  }

  record(id: string): Promise<ProposalRecord | null> {
    return proposalRecord(this.db, id);
  }

  /** The new draft, with the timestamps the database gave it. */
  async insertDraft(fields: Partial<ProposalEntity>): Promise<ProposalEntity> {
    const repo = this.db.getRepository(ProposalEntity);
    const row = repo.create(fields);
    // An INSERT that returns the timestamps: save() would first look for the row, in a transaction of its own.
    await repo.insert(row);
    return row;
  }

  saveDraft(row: ProposalEntity): Promise<ProposalEntity> {
    return this.db.getRepository(ProposalEntity).save(row);
  }

  /** A page of the scope's proposals, last changed first, and how many match. */
  page(scope: ProposalScope, filter: ProposalFilter): Promise<[ProposalEntity[], number]> {
    const query = this.db.getRepository(ProposalEntity).createQueryBuilder('p');
    if (scope.department) query.andWhere('p.department = :own', { own: scope.department });
    if (scope.submittedOnly) query.andWhere(`p.status <> 'DRAFT'`);
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.tier) query.andWhere('p.tier = :tier', { tier: filter.tier });
    if (filter.department) query.andWhere('p.department = :department', { department: filter.department });
    return query.orderBy('p.updatedAt', 'DESC').addOrderBy('p.id').take(filter.limit).skip(filter.offset).getManyAndCount();
  }

  /** The departments of these proposals (those that exist). */
  departmentsOf(ids: string[]): Promise<Pick<ProposalEntity, 'id' | 'department'>[]> {
    return this.db.getRepository(ProposalEntity).find({ select: { id: true, department: true }, where: { id: In(ids) } });
  }

  /** Those of these ids that name a proposal. */
  existing(ids: string[]): Promise<Pick<ProposalEntity, 'id'>[]> {
    return this.db.getRepository(ProposalEntity).find({ select: { id: true }, where: { id: In(ids) } });
  }

  async recordScreening(id: string, tier: Tier, scores: Scores): Promise<void> {
    await this.db.query(`UPDATE proposals SET tier = $2, scores = $3, updated_at = now() WHERE id = $1`, [
      id,
      tier,
      JSON.stringify(scores),
    ]);
  }

  /**
   * The proposal's new stage, in one round trip that also ends the department's wait of the stage it leaves
   * and reads what a wait of the new one needs (DepartmentWaitsRepository.open opens it): its policy version.
   */
  async moveTo({ proposalId, toStatus, at }: AuditEntry): Promise<string | undefined> {
    const [rows]: [{ policy_version: string }[]] = await this.db.query(
      `WITH ended AS (UPDATE department_waits SET ended_at = $3 WHERE proposal_id = $1 AND ended_at IS NULL)
       UPDATE proposals SET status = $2, updated_at = now() WHERE id = $1 RETURNING policy_version`,
      [proposalId, toStatus, at],
    );
    return rows[0]?.policy_version;
  }

  async policyVersionOf(id: string): Promise<string | undefined> {
    const [proposal]: { policy_version: string }[] = await this.db.query(`SELECT policy_version FROM proposals WHERE id = $1`, [
      id,
    ]);
    return proposal?.policy_version;
  }

  /** The row, locked until the transaction ends: a change made from what it read replaces nothing unseen. */
  findLocked(id: string): Promise<ProposalEntity | null> {
    return this.db.getRepository(ProposalEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async update(id: string, patch: Partial<ProposalEntity>): Promise<void> {
    await this.db.getRepository(ProposalEntity).update(id, patch);
  }
}
