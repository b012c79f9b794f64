// The workflow the daily Schedule starts: one activity, the same reconcile `npm run reconcile` runs
// (activities/reconcile.ts). Retried a few times; a failure is the Schedule's to show, and tomorrow's run tries again.
import { proxyActivities } from '@temporalio/workflow';
import type { ReconcileActivities, ReconcileSummary } from '#domain';

const { reconcileReadModel } = proxyActivities<ReconcileActivities>({
  startToCloseTimeout: '6 hours',
  heartbeatTimeout: '5 minutes',
  retry: { initialInterval: '1 minute', maximumAttempts: 3 },
});

/** @public the worker runs it by name (RECONCILE_WORKFLOW), from the workflow bundle */
export async function reconcile(): Promise<ReconcileSummary> {
  return reconcileReadModel({});
}
