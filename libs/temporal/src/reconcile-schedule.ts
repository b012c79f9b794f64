// The daily Schedules: reconcile (docs/operations.md#reconcile) and the audit digest (docs/security.md), each
// created by the worker as it starts, or updated to the worker's time and task queue; idempotent, so every
// worker of a deployment may do it.
import { type Client, ScheduleAlreadyRunning, ScheduleOverlapPolicy, type ScheduleOptions } from '@temporalio/client';
import { AUDIT_DIGEST_WORKFLOW, RECONCILE_WORKFLOW } from '#domain';

/** One Schedule per task queue: deployments sharing a namespace keep their own. */
export const reconcileScheduleId = (taskQueue: string): string => `bareun-reconcile-${taskQueue}`;
export const auditDigestScheduleId = (taskQueue: string): string => `bareun-audit-digest-${taskQueue}`;

/** `at` is HH:MM in Asia/Seoul, or `off`: then an existing Schedule is deleted. */
export function ensureReconcileSchedule(client: Client, taskQueue: string, at: string): Promise<void> {
  return ensureDailySchedule(client, reconcileScheduleId(taskQueue), RECONCILE_WORKFLOW, taskQueue, at, `reconcile-${taskQueue}`);
}

/** The digest of every chain's head, daily at `at` (HH:MM in Asia/Seoul); always on. */
export function ensureAuditDigestSchedule(client: Client, taskQueue: string, at: string): Promise<void> {
  const workflowId = `audit-digest-${taskQueue}`;
  return ensureDailySchedule(client, auditDigestScheduleId(taskQueue), AUDIT_DIGEST_WORKFLOW, taskQueue, at, workflowId);
}

async function ensureDailySchedule(
  client: Client,
  scheduleId: string,
  workflowType: string,
  taskQueue: string,
  at: string,
  workflowId: string,
): Promise<void> {
  const handle = client.schedule.getHandle(scheduleId);
  if (at === 'off') {
    await handle.delete().catch(() => undefined); // none there: nothing to do
    return;
  }
  const [hour, minute] = at.split(':').map(Number);
  const options = {
    scheduleId,
    spec: { calendars: [{ hour, minute }], timezone: 'Asia/Seoul' },
    action: { type: 'startWorkflow', workflowType, taskQueue, workflowId },
    // A run still going (a slow day) is not joined by a second.
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' },
  } satisfies ScheduleOptions;
  try {
    await client.schedule.create(options);
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await handle.update((previous) => ({ ...previous, spec: options.spec, action: options.action, policies: options.policies }));
  }
}
