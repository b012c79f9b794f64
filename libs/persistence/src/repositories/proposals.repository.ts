// Proposals: the API's drafts, and the lifecycle's writes to a submitted one (its screening, its stage, a
// revision's answers).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In } from 'typeorm';
import {
  type Answers,
  type AuditEntry,
  type Awaiting,
  type ProposalStatus,
  type ReadScope,
  type Scores,
  stagesAwaiting,
  type Tier,
} from '#domain';
import { ProposalEntity } from '../entities/index.js';
import { type Db, entityOf } from '../typeorm-internals.js';
import { columnsOf, findById, selectRows, setClauses, updateWhere } from './plain-sql.js';
import { proposalRecord, type ProposalRecord } from './proposal-record.js';
import { positionalReadScope, readScopeCondition, readScopeValues } from './read-scope.js';

export const PROPOSAL_SORTS = ['updated', 'created', 'title'] as const;
export type ProposalSort = (typeof PROPOSAL_SORTS)[number];

export interface ProposalFilter {
  status?: ProposalStatus;
  awaiting?: Awaiting;
  tier?: number;
  department?: string;
  /** updated (default): newest change first; created: newest first; title: in the title's order. */
  sort?: ProposalSort;
  limit: number;
  offset: number;
}

const ORDER: Record<ProposalSort, [string, 'ASC' | 'DESC']> = {
  updated: ['p.updatedAt', 'DESC'],
  created: ['p.createdAt', 'DESC'],
  title: ['p.title', 'ASC'],
};

@Injectable()
export class ProposalsRepository {
  constructor(@InjectDataSource() private readonly db: Db) {}

  findById(id: string): Promise<ProposalEntity | null> {
    return findById(this.db, ProposalEntity, id);
  }

  /** The proposal with everything its view shows, if the reader's scope holds it. */
  record(id: string, scope: ReadScope): Promise<ProposalRecord | null> {
    return proposalRecord(this.db, id, scope);
  }

  /** The proposal, if the reader's scope holds it. */
  async readable(id: string, scope: ReadScope): Promise<ProposalEntity | null> {
    const { condition, values } = positionalReadScope(scope, 1);
    const text = `SELECT ${columnsOf(this.db, ProposalEntity, 'p')} FROM proposals p WHERE p.id = $1 AND ${condition}`;
    const rows = await selectRows(this.db, 'proposal-readable', text, [id, ...values]);
    return rows.length > 0 ? entityOf(this.db, ProposalEntity, rows[0]) : null;
  }

  /** The new draft, with the timestamps the database gave it. */
  async insertDraft(fields: Partial<ProposalEntity>): Promise<ProposalEntity> {
    const repo = this.db.getRepository(ProposalEntity);
    const row = repo.create(fields);
    // An INSERT that returns the timestamps: save() would first look for the row, in a transaction of its own.
    await repo.insert(row);
    return row;
  }

  /**
   * The row and its version: PostgreSQL's `xmin`, which every write of the row changes. An edit made from what
   * was read passes the version to editDraft, so that it replaces nothing written since.
   */
  async findVersioned(id: string): Promise<{ row: ProposalEntity; version: string } | null> {
    const [found]: Record<string, unknown>[] = await this.db.query(
      `SELECT xmin::text AS row_version, ${columnsOf(this.db, ProposalEntity)} FROM proposals WHERE id = $1`,
      [id],
    );
    return found ? { row: entityOf(this.db, ProposalEntity, found), version: String(found.row_version) } : null;
  }

  /**
   * A draft's edit in one statement: only while it is still a DRAFT of `department`, not being submitted, and
   * unchanged since it was read at `version` — a submission, a screening or another edit landing in between
   * wins, and this one matches nothing. The row as written, or null.
   */
  editDraft(id: string, department: string, version: string, patch: Partial<ProposalEntity>): Promise<ProposalEntity | null> {
    return updateWhere(this.db, ProposalEntity, id, patch, {
      sql: `status = 'DRAFT' AND submission_requested_at IS NULL AND department_code = $2 AND xmin = $3::xid`,
      values: [department, version],
    });
  }

  /**
   * Marks the draft as being submitted, in one statement, if it is still the draft the submit checked (read
   * at `version`) or a submit of it is under way already: no edit lands on it from then on. False otherwise.
   */
  async freezeForSubmission(id: string, department: string, version: string): Promise<boolean> {
    const [rows]: [unknown[]] = await this.db.query(
      `UPDATE proposals SET submission_requested_at = coalesce(submission_requested_at, now())
       WHERE id = $1 AND department_code = $2 AND status = 'DRAFT'
         AND (xmin = $3::xid OR submission_requested_at IS NOT NULL) RETURNING id`,
      [id, department, version],
    );
    return rows.length > 0;
  }

  /** A draft whose submission could not be started takes edits again. */
  async thaw(id: string): Promise<void> {
    await this.db.query(`UPDATE proposals SET submission_requested_at = NULL WHERE id = $1 AND status = 'DRAFT'`, [id]);
  }

  /** A page of the proposals the reader's scope holds, in the filter's order, and how many match. */
  page(scope: ReadScope, filter: ProposalFilter): Promise<[ProposalEntity[], number]> {
    const query = this.db.getRepository(ProposalEntity).createQueryBuilder('p');
    const values = Object.fromEntries(Object.entries(readScopeValues(scope)).map(([name, value]) => [`scope_${name}`, value]));
    query.where(
      readScopeCondition((name) => `:scope_${name}`),
      values,
    );
    if (filter.status) query.andWhere('p.status = :status', { status: filter.status });
    if (filter.awaiting) query.andWhere('p.status IN (:...awaited)', { awaited: stagesAwaiting(filter.awaiting) });
    if (filter.tier) query.andWhere('p.tier = :tier', { tier: filter.tier });
    if (filter.department) query.andWhere('p.department = :department', { department: filter.department });
    const [column, direction] = ORDER[filter.sort ?? 'updated'];
    return query.orderBy(column, direction).addOrderBy('p.id').take(filter.limit).skip(filter.offset).getManyAndCount();
  }

  /** The departments of these proposals (those that exist). */
  departmentsOf(ids: string[]): Promise<Pick<ProposalEntity, 'id' | 'department'>[]> {
    return this.db.getRepository(ProposalEntity).find({ select: { id: true, department: true }, where: { id: In(ids) } });
  }

  /** What a list of tasks shows of their proposals: title, department, stage and tier (those that exist). */
  summariesOf(ids: string[]): Promise<Pick<ProposalEntity, 'id' | 'title' | 'department' | 'status' | 'tier'>[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.getRepository(ProposalEntity).find({
      select: { id: true, title: true, department: true, status: true, tier: true },
      where: { id: In(ids) },
    });
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

  /**
   * For reconcile: the submitted proposals whose stage in the read model is not final (or those of `ids`), with
   * their stage, oldest first.
   */
  inFlight(ids?: string[]): Promise<{ id: string; status: ProposalStatus }[]> {
    const finals = ['DRAFT', 'REJECTED', 'WITHDRAWN', 'RETIRED'];
    return ids
      ? this.db.query('SELECT id, status FROM proposals WHERE id = ANY($1) ORDER BY created_at, id', [ids])
      : this.db.query('SELECT id, status FROM proposals WHERE status <> ALL($1) ORDER BY created_at, id', [finals]);
  }

  /**
   * Reconcile's repair of the stage: only from the stage it read (a write made since then wins), with the end
   * of the department's wait as a transition's. True when it changed the row.
   */
  async repairStage(id: string, seen: ProposalStatus, to: ProposalStatus, at: string): Promise<boolean> {
    const [rows]: [{ id: string }[]] = await this.db.query(
      `WITH ended AS (UPDATE department_waits SET ended_at = $4 WHERE proposal_id = $1 AND ended_at IS NULL AND stage <> $3)
       UPDATE proposals SET status = $3, updated_at = now() WHERE id = $1 AND status = $2 RETURNING id`,
      [id, seen, to, at],
    );
    return rows.length > 0;
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

  /**
   * A revision's changes in one statement: the new answers merged into the stored ones by PostgreSQL (`||`
   * keeps every answer the revision leaves out), the other fields set. False when there is no such proposal.
   */
  async revise(id: string, answers: Answers | undefined, changes: Partial<ProposalEntity>): Promise<boolean> {
    const { set, values } = setClauses(this.db, ProposalEntity, changes, 3);
    const [, count]: [unknown, number] = await this.db.query(
      `UPDATE proposals SET answers = answers || $2::jsonb, ${set} WHERE id = $1`,
      [id, JSON.stringify(answers ?? {}), ...values],
    );
    return count > 0;
  }
}
