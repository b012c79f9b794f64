// The figures behind GET /api/admin/metrics: the pipeline's state, and how well it kept its deadlines over a
// window.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { stageOfTask, TASK_KINDS } from '#domain';
import { openTaskCondition } from '../open-task.js';
import type { Db } from '../typeorm-internals.js';

const taskStage = `CASE t.kind ${TASK_KINDS.map((kind) => `WHEN '${kind}' THEN '${stageOfTask(kind)}'`).join(' ')} END`;

/** A stay in a stage runs from the transition into it to the next transition of the proposal. */
const TIME_IN_STAGE = `
  WITH stays AS (
    SELECT to_status AS stage, at, lead(at) OVER (PARTITION BY proposal_id ORDER BY seq) AS left_at
    FROM audit_entries WHERE to_status IS NOT NULL
  )
  SELECT stage, count(*)::int AS count,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM left_at - at)) AS median,
    percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM left_at - at)) AS p90
  FROM stays WHERE left_at >= $1 AND left_at < $2 GROUP BY stage ORDER BY stage`;

/** A breach: the due time fell in the window, and the work was not done by then (nor by the window's end). */
const BREACHES = `
  WITH breached AS (
    SELECT t.proposal_id, ${taskStage} AS stage FROM tasks t
    WHERE t.due_at >= $1 AND t.due_at < $2 AND t.due_at < LEAST($2,
      COALESCE(t.decided_at, CASE WHEN ${openTaskCondition('t.status')} THEN $3 ELSE t.updated_at END))
    UNION ALL
    SELECT w.proposal_id, w.stage FROM department_waits w
    WHERE w.due_at >= $1 AND w.due_at < $2 AND w.due_at < LEAST($2, COALESCE(w.ended_at, $3))
  )
  SELECT p.department_code AS department, b.stage, count(*)::int AS breaches
  FROM breached b JOIN proposals p ON p.id = b.proposal_id
  GROUP BY GROUPING SETS ((p.department_code), (b.stage)) ORDER BY 1, 2`;

export interface StageCount {
  stage: string;
  tier: number | null;
  count: number;
}
/** Seconds in the stage, over the stays that ended in the window. */
export interface TimeInStage {
  stage: string;
  count: number;
  median: number;
  p90: number;
}
/** Per department (stage null), and per stage (department null). */
export interface Breaches {
  department: string | null;
  stage: string | null;
  breaches: number;
}

@Injectable()
export class AdminMetricsRepository {
  constructor(@InjectDataSource() private readonly db: Db) {}

  countsByStage(): Promise<StageCount[]> {
    return this.db.query(`SELECT status AS stage, tier, count(*)::int AS count FROM proposals GROUP BY 1, 2 ORDER BY 1, 2`);
  }

  timeInStage(from: Date, to: Date): Promise<TimeInStage[]> {
    return this.db.query(TIME_IN_STAGE, [from, to]);
  }

  /** Breaches in the window [from, to); work still open counts as not done at `now`. */
  breaches(from: Date, to: Date, now: Date): Promise<Breaches[]> {
    return this.db.query(BREACHES, [from, to, now]);
  }
}
