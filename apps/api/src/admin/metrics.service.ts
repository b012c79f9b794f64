// GET /api/admin/metrics: the state of the pipeline and how well it keeps its deadlines over a window.
import { Injectable } from '@nestjs/common';
import { type Actor, DAY_MS, refuse } from '#domain';
import { AdminMetricsRepository } from '#persistence';
import { RefusedException } from '#temporal';
import type { MetricsQuery } from './metrics.dto.js';
import type { AdminMetricsView } from './metrics.view.js';
import { requireAdmin } from './stalled.service.js';

const HOUR_S = 3600;

@Injectable()
export class MetricsService {
  constructor(private readonly figures: AdminMetricsRepository) {}

  async metrics(actor: Actor, query: MetricsQuery, now = new Date()): Promise<AdminMetricsView> {
    requireAdmin(actor);
    const to = query.to ? new Date(query.to) : now;
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - 30 * DAY_MS);
    if (from >= to) throw new RefusedException(refuse('time_window_empty', {}));
    const [counts, times, breaches] = await Promise.all([
      this.figures.countsByStage(),
      this.figures.timeInStage(from, to),
      this.figures.breaches(from, to, now),
    ]);
    const hours = (seconds: number) => Math.round((seconds / HOUR_S) * 100) / 100;
    return {
      window: { from: from.toISOString(), to: to.toISOString() },
      counts,
      timeInStage: times.map((t) => ({
        stage: t.stage,
        count: t.count,
        medianHours: hours(t.median),
        p90Hours: hours(t.p90),
      })),
      slaBreaches: {
        byDepartment: breaches
          .filter((b) => b.department !== null)
          .map(({ department, breaches }) => ({ department: department!, breaches })),
        byStage: breaches
          .filter((b) => b.stage !== null && b.department === null)
          .map(({ stage, breaches }) => ({ stage: stage!, breaches })),
      },
    };
  }
}
