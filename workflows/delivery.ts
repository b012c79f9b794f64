// Email delivery of a queued notification, beside the lifecycle: retried with backoff (doubling from the
// policy's first interval) until the activity marks it sent, or gives up after the policy's attempts and
// records why. A notification that is not delivered never stops the lifecycle.
import { proxyActivities } from '@temporalio/workflow';
import type { LifecycleActivities, NotificationPolicy } from '#domain';

/** For plans made before the policy said. */
const FIRST_RETRY_SECONDS = 2;

export async function deliver(notificationId: string, policy?: NotificationPolicy): Promise<void> {
  const { deliverNotification } = proxyActivities<LifecycleActivities>({
    startToCloseTimeout: '1 minute',
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
