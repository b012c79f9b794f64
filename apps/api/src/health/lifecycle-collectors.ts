// The lifecycle's metrics, counted from the records at scrape time: the audit log is append-only and
// decisions are never undone, so counters read from them only ever rise, as Prometheus expects.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { DAY_MS } from '#domain';
import { LifecycleMetricsRepository } from '#persistence';
import { ApiMetrics } from './api-metrics.js';

const DAY_S = DAY_MS / 1000;
/** Stage durations span minutes to months. */
const STAGE_BUCKETS_S = [3600, DAY_S, 3 * DAY_S, 7 * DAY_S, 14 * DAY_S, 30 * DAY_S, 90 * DAY_S, 180 * DAY_S, 365 * DAY_S];

@Injectable()
export class LifecycleCollectors implements OnModuleInit {
  constructor(
    private readonly figures: LifecycleMetricsRepository,
    private readonly metrics: ApiMetrics,
  ) {}

  onModuleInit(): void {
    const registers = [this.metrics.registry];
    const figures = this.figures;
    new Gauge({
      name: 'bareun_open_tasks',
      help: 'Open (unclaimed or claimed) tasks, by kind',
      labelNames: ['kind'] as const,
      registers,
      async collect() {
        this.reset();
        for (const { kind, n } of await figures.openTasksByKind()) this.set({ kind }, n);
      },
    });
    new Counter({
      name: 'bareun_escalations_total',
      help: 'Escalations of overdue waits, of tasks and of the department',
      labelNames: ['wait'] as const,
      registers,
      async collect() {
        this.reset();
        for (const { action, n } of await figures.escalationsByAction())
          this.inc({ wait: action === 'task_escalated' ? 'task' : 'department' }, n);
      },
    });
    new Counter({
      name: 'bareun_decisions_total',
      help: 'Decisions on tasks, by kind and decision',
      labelNames: ['kind', 'decision'] as const,
      registers,
      async collect() {
        this.reset();
        for (const { kind, decision, n } of await figures.decisionsByKind()) this.inc({ kind, decision }, n);
      },
    });
    this.metrics.registry.registerMetric(new StageDurationHistogram(figures) as never);
  }
}

/** A histogram whose buckets are counted by the database rather than observed one by one. */
class StageDurationHistogram {
  readonly name = 'bareun_stage_duration_seconds';
  readonly help = 'Time proposals spent in each stage they have left';
  readonly type = 'histogram';

  constructor(private readonly figures: LifecycleMetricsRepository) {}

  async get(): Promise<object> {
    const rows = await this.figures.stageStays(STAGE_BUCKETS_S);
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
