// The lifecycle's metrics, counted from the records at scrape time: the audit log is append-only and
// decisions are never undone, so counters read from them only ever rise, as Prometheus expects.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Counter, Gauge } from 'prom-client';
import type { DataSource } from 'typeorm';
import { DAY_MS } from '#domain';
import { ApiMetrics } from './api-metrics.js';

const DAY_S = DAY_MS / 1000;
/** Stage durations span minutes to months. */
const STAGE_BUCKETS_S = [3600, DAY_S, 3 * DAY_S, 7 * DAY_S, 14 * DAY_S, 30 * DAY_S, 90 * DAY_S, 180 * DAY_S, 365 * DAY_S];

const bucketColumns = STAGE_BUCKETS_S.map((le, i) => `count(*) FILTER (WHERE seconds <= ${le})::int AS b${i}`).join(', ');
const STAGE_STAYS = `
  WITH stays AS (
    SELECT to_status AS stage,
      extract(epoch FROM lead(at) OVER (PARTITION BY proposal_id ORDER BY seq) - at) AS seconds
    FROM audit_entries WHERE to_status IS NOT NULL
  )
  SELECT stage, ${bucketColumns}, count(*)::int AS count, coalesce(sum(seconds), 0)::float AS sum
  FROM stays WHERE seconds IS NOT NULL GROUP BY stage`;

@Injectable()
export class LifecycleCollectors implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly metrics: ApiMetrics,
  ) {}

  onModuleInit(): void {
    const registers = [this.metrics.registry];
    const db = this.db;
    new Gauge({
      name: 'bareun_open_tasks',
      help: 'Open (unclaimed or claimed) tasks, by kind',
      labelNames: ['kind'] as const,
      registers,
      async collect() {
        this.reset();
        const rows = await db.query(
          `SELECT kind, count(*)::int AS n FROM tasks WHERE status IN ('open', 'claimed') GROUP BY kind`,
        );
        for (const { kind, n } of rows) this.set({ kind }, n);
      },
    });
    new Counter({
      name: 'bareun_escalations_total',
      help: 'Escalations of overdue waits, of tasks and of the department',
      labelNames: ['wait'] as const,
      registers,
      async collect() {
        this.reset();
        const rows = await db.query(
          `SELECT action, count(*)::int AS n FROM audit_entries
           WHERE action IN ('task_escalated', 'department_escalated') GROUP BY action`,
        );
        for (const { action, n } of rows) this.inc({ wait: action === 'task_escalated' ? 'task' : 'department' }, n);
      },
    });
    new Counter({
      name: 'bareun_decisions_total',
      help: 'Decisions on tasks, by kind and decision',
      labelNames: ['kind', 'decision'] as const,
      registers,
      async collect() {
        this.reset();
        const rows = await db.query(
          `SELECT kind, decision, count(*)::int AS n FROM tasks WHERE decision IS NOT NULL GROUP BY kind, decision`,
        );
        for (const { kind, decision, n } of rows) this.inc({ kind, decision }, n);
      },
    });
    this.metrics.registry.registerMetric(new StageDurationHistogram(db) as never);
  }
}

/** A histogram whose buckets are counted by the database rather than observed one by one. */
class StageDurationHistogram {
  readonly name = 'bareun_stage_duration_seconds';
  readonly help = 'Time proposals spent in each stage they have left';
  readonly type = 'histogram';

  constructor(private readonly db: DataSource) {}

  async get(): Promise<object> {
    const rows: Record<string, number | string>[] = await this.db.query(STAGE_STAYS);
    const values = rows.flatMap((row) => {
      const stage = String(row.stage);
      return [
        ...STAGE_BUCKETS_S.map((le, i) => ({
          metricName: `${this.name}_bucket`,
          labels: { stage, le },
          value: Number(row[`b${i}`]),
        })),
        { metricName: `${this.name}_bucket`, labels: { stage, le: '+Inf' }, value: Number(row.count) },
        { metricName: `${this.name}_sum`, labels: { stage }, value: Number(row.sum) },
        { metricName: `${this.name}_count`, labels: { stage }, value: Number(row.count) },
      ];
    });
    return { name: this.name, help: this.help, type: this.type, values, aggregator: 'sum' };
  }
}
