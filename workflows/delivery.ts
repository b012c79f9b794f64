// Email delivery of a queued notification, beside the lifecycle: retried with backoff (doubling from the
// policy's first interval) until the activity marks it sent, or gives up after the policy's attempts and
// records why. A notification that is not delivered never stops the lifecycle.
//
// It runs on a task queue of its own (`<the workflow's queue>-mail`, which the worker also polls, with slots
// of its own), so a slow mail server never takes the slots of the lifecycle's writes. The activity's SMTP
// timeouts end an attempt well within its start-to-close; its heartbeats let Temporal see a lost worker in
// seconds.
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import { type LifecycleActivities, mailTaskQueue, type NotificationPolicy } from '#domain';

/** Before the proposal is screened there is no plan, and so no policy of its own yet. */
const FIRST_RETRY_SECONDS = 2;

export async function deliver(notificationId: string, policy?: NotificationPolicy): Promise<void> {
  const { deliverNotification } = proxyActivities<LifecycleActivities>({
    taskQueue: mailTaskQueue(workflowInfo().taskQueue),
    startToCloseTimeout: '2 minutes',
    heartbeatTimeout: '15 seconds',
    retry: {
      initialInterval: `${policy?.firstRetrySeconds ?? FIRST_RETRY_SECONDS} seconds`,
      backoffCoefficient: 2,
      maximumInterval: '1 hour',
    },
  });
  try {
    await deliverNotification({ notificationId });
  } catch {
    // Given up: the activity recorded the error on the notification's row.
  }
}
