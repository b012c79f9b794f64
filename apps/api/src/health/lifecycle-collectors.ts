// The lifecycle's metrics, counted from the records: the audit log is append-only and decisions are never
// undone, so counters read from them only ever rise, as Prometheus expects. The four aggregate queries run
// at most once per FIGURES_TTL_MS, however often and however many scrapers ask; a scrape in between is
// answered from the last figures.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { DAY_MS } from '#domain';
import { LifecycleMetricsRepository } from '#persistence';
import { ApiMetrics } from './api-metrics.js';

const DAY_S = DAY_MS / 1000;
/** Stage durations span minutes to months. */
const STAGE_BUCKETS_S = [3600, DAY_S, 3 * DAY_S, 7 * DAY_S, 14 * DAY_S, 30 * DAY_S, 90 * DAY_S, 180 * DAY_S, 365 * DAY_S];
/** Scrapes come every 15 to 60 s; lifecycle figures change over hours. */
const FIGURES_TTL_MS = 30_000;

type Figures = Awaited<ReturnType<typeof readFigures>>;

async function readFigures(repository: LifecycleMetricsRepository) {
  const [openTasks, escalations, decisions, stageStays] = await Promise.all([
    repository.openTasksByKind(),
    repository.escalationsByAction(),
    repository.decisionsByKind(),
    repository.stageStays(STAGE_BUCKETS_S),
  ]);
  return { openTasks, escalations, decisions, stageStays };
}

/** The figures, read again once they are older than the TTL; concurrent scrapes share one reading. */
export class CachedFigures {
  private reading?: { at: number; figures: Promise<Figures> };

  constructor(
    private readonly repository: LifecycleMetricsRepository,
    private readonly ttlMs = FIGURES_TTL_MS,
    private readonly clock: () => number = Date.now,
  ) {}

  get(): Promise<Figures> {
    const now = this.clock();
    if (!this.reading || now - this.reading.at >= this.ttlMs) {
      const figures = readFigures(this.repository);
      const reading = { at: now, figures };
      this.reading = reading;
      // A failed reading is not kept: the next scrape tries again.
      figures.catch(() => this.reading === reading && (this.reading = undefined));
    }
    return this.reading.figures;
  }
}

@Injectable()
export class LifecycleCollectors implements OnModuleInit {
  private readonly figures: CachedFigures;

  constructor(
    repository: LifecycleMetricsRepository,
    private readonly metrics: ApiMetrics,
  ) {
    this.figures = new CachedFigures(repository);
  }

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
        for (const { kind, n } of (await figures.get()).openTasks) this.set({ kind }, n);
      },
    });
    new Counter({
      name: 'bareun_escalations_total',
      help: 'Escalations of overdue waits, of tasks and of the department',
      labelNames: ['wait'] as const,
      registers,
      async collect() {
        this.reset();
        for (const { action, n } of (await figures.get()).escalations)
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
        for (const { kind, decision, n } of (await figures.get()).decisions) this.inc({ kind, decision }, n);
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

  constructor(private readonly figures: CachedFigures) {}

  async get(): Promise<object> {
    const rows = (await this.figures.get()).stageStays;
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
