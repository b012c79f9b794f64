// The one SQL statement behind GET /api/admin/stalled, also run under EXPLAIN by `npm run bench:stalled`.
// Waiting work is of two kinds: open tasks, and the department's own waits; each row counts as stalled
// from its `stalls_at` (its due time, or earlier once idle past the policy's threshold).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProposalStatus, Tier } from '#domain';
import { openTaskCondition } from '../open-task.js';
import type { Db } from '../typeorm-internals.js';

export interface StalledFilter {
  stage?: ProposalStatus;
  department?: string;
  tier?: Tier;
  assignee?: string;
  overdueOnly?: boolean;
  limit: number;
  offset: number;
}

export interface StalledRow {
  type: 'task' | 'department';
  id: string;
  proposal_id: string;
  kind: string;
  domain: string | null;
  assignee: string | null;
  candidate_group: string | null;
  since: Date;
  due_at: Date;
  escalation_level: number;
  title: string;
  department_code: string;
  tier: number | null;
  status: ProposalStatus;
  total: string;
}

/** `now` is a parameter, not the database's clock, so that a page and its count agree. */
export function stalledQuery(filter: StalledFilter, now: Date): { sql: string; params: unknown[] } {
  const params: unknown[] = [now];
  const param = (value: unknown) => `$${params.push(value)}`;
  const onProposal: string[] = [];
  if (filter.stage) onProposal.push(`p.status = ${param(filter.stage)}`);
  if (filter.department) onProposal.push(`p.department_code = ${param(filter.department)}`);
  if (filter.tier) onProposal.push(`p.tier = ${param(filter.tier)}`);
  const onTask = filter.assignee ? [`t.assignee = ${param(filter.assignee)}`] : [];
  // The department's waits have no assignee: a filter by assignee leaves them out.
  const departmentWaits = filter.assignee
    ? ''
    : `UNION ALL
      SELECT 'department', w.id, w.proposal_id, w.kind, NULL, NULL, NULL, w.since, w.due_at, w.escalation_level
      FROM department_waits w
      WHERE w.ended_at IS NULL AND w.${filter.overdueOnly ? 'due_at' : 'stalls_at'} <= $1`;
  const where = onProposal.length > 0 ? `WHERE ${onProposal.join(' AND ')}` : '';
  const sql = `
    WITH waiting (type, id, proposal_id, kind, domain, assignee, candidate_group, since, due_at, escalation_level) AS (
      SELECT 'task', t.id, t.proposal_id, t.kind, t.domain, t.assignee, t.candidate_group, t.created_at, t.due_at,
        t.escalation_level
      FROM tasks t
      WHERE ${openTaskCondition('t.status')} AND t.${filter.overdueOnly ? 'due_at' : 'stalls_at'} <= $1
        ${onTask.map((c) => `AND ${c}`).join(' ')}
      ${departmentWaits}
    )
    SELECT w.*, p.title, p.department_code, p.tier, p.status, count(*) OVER () AS total
    FROM waiting w JOIN proposals p ON p.id = w.proposal_id
    ${where}
    ORDER BY w.since ASC, w.id ASC
    LIMIT ${param(filter.limit)} OFFSET ${param(filter.offset)}`;
  return { sql, params };
}

@Injectable()
export class StalledWorkRepository {
  constructor(@InjectDataSource() private readonly db: Db) {}

  page(filter: StalledFilter, now: Date): Promise<StalledRow[]> {
    const { sql, params } = stalledQuery(filter, now);
    return this.db.query(sql, params);
  }
}
