// What the API's Prometheus collectors read at scrape time (apps/api/src/health/lifecycle-collectors.ts): the
// audit log is append-only and decisions are never undone, so counters read from them only ever rise.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { openTaskCondition } from '../open-task.js';
import type { Db } from '../typeorm-internals.js';

const stageStays = (bucketsS: readonly number[]) => {
  const bucketColumns = bucketsS.map((le, i) => `count(*) FILTER (WHERE seconds <= ${le})::int AS b${i}`).join(', ');
  return `
  WITH stays AS (
    SELECT to_status AS stage,
      extract(epoch FROM lead(at) OVER (PARTITION BY proposal_id ORDER BY seq) - at) AS seconds
    FROM audit_entries WHERE to_status IS NOT NULL
  )
  SELECT stage, ${bucketColumns}, count(*)::int AS count, coalesce(sum(seconds), 0)::float AS sum
  FROM stays WHERE seconds IS NOT NULL GROUP BY stage`;
};

@Injectable()
export class LifecycleMetricsRepository {
  constructor(@InjectDataSource() private readonly db: Db) {}

  openTasksByKind(): Promise<{ kind: string; n: number }[]> {
    return this.db.query(`SELECT kind, count(*)::int AS n FROM tasks WHERE ${openTaskCondition('status')} GROUP BY kind`);
  }

  escalationsByAction(): Promise<{ action: string; n: number }[]> {
    return this.db.query(
      `SELECT action, count(*)::int AS n FROM audit_entries
       WHERE action IN ('task_escalated', 'department_escalated') GROUP BY action`,
    );
  }

  decisionsByKind(): Promise<{ kind: string; decision: string; n: number }[]> {
    return this.db.query(
      `SELECT kind, decision, count(*)::int AS n FROM tasks WHERE decision IS NOT NULL GROUP BY kind, decision`,
    );
  }

  /** Per stage left: `b<i>` stays of at most bucketsS[i] seconds, `count` stays, `sum` seconds. */
  stageStays(bucketsS: readonly number[]): Promise<Record<string, number | string>[]> {
    return this.db.query(stageStays(bucketsS));
  }
}
