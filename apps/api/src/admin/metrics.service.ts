// GET /api/admin/metrics: the state of the pipeline and how well it keeps its deadlines over a window.
import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type Actor, DAY_MS, STAGE_OF_TASK } from '#domain';
import type { MetricsQuery } from './metrics.dto.js';
import type { AdminMetricsView } from './metrics.view.js';
import { requireAdmin } from './stalled.service.js';

const HOUR_S = 3600;
const stageOfTask = `CASE t.kind ${Object.entries(STAGE_OF_TASK)
  .map(([kind, stage]) => `WHEN '${kind}' THEN '${stage}'`)
  .join(' ')} END`;

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
    SELECT t.proposal_id, ${stageOfTask} AS stage FROM tasks t
    WHERE t.due_at >= $1 AND t.due_at < $2 AND t.due_at < LEAST($2,
      COALESCE(t.decided_at, CASE WHEN t.status IN ('open', 'claimed') THEN $3 ELSE t.updated_at END))
    UNION ALL
    SELECT w.proposal_id, w.stage FROM department_waits w
    WHERE w.due_at >= $1 AND w.due_at < $2 AND w.due_at < LEAST($2, COALESCE(w.ended_at, $3))
  )
  SELECT p.department_code AS department, b.stage, count(*)::int AS breaches
  FROM breached b JOIN proposals p ON p.id = b.proposal_id
  GROUP BY GROUPING SETS ((p.department_code), (b.stage)) ORDER BY 1, 2`;

@Injectable()
export class MetricsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async metrics(actor: Actor, query: MetricsQuery, now = new Date()): Promise<AdminMetricsView> {
    requireAdmin(actor);
    const to = query.to ? new Date(query.to) : now;
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - 30 * DAY_MS);
    if (from >= to) throw new BadRequestException('from must be before to');
    const [counts, times, breaches] = await Promise.all([
      this.db.query(`SELECT status AS stage, tier, count(*)::int AS count FROM proposals GROUP BY 1, 2 ORDER BY 1, 2`),
      this.db.query(TIME_IN_STAGE, [from, to]),
      this.db.query(BREACHES, [from, to, now]),
    ]);
    const hours = (seconds: number) => Math.round((seconds / HOUR_S) * 100) / 100;
    type Breach = { department: string | null; stage: string | null; breaches: number };
    return {
      window: { from: from.toISOString(), to: to.toISOString() },
      counts,
      timeInStage: times.map((t: { stage: string; count: number; median: number; p90: number }) => ({
        stage: t.stage,
        count: t.count,
        medianHours: hours(t.median),
        p90Hours: hours(t.p90),
      })),
      slaBreaches: {
        byDepartment: (breaches as Breach[])
          .filter((b) => b.department !== null)
          .map(({ department, breaches }) => ({ department: department!, breaches })),
        byStage: (breaches as Breach[])
          .filter((b) => b.stage !== null && b.department === null)
          .map(({ stage, breaches }) => ({ stage: stage!, breaches })),
      },
    };
  }
}
