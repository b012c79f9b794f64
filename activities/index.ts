import type { LifecycleActivities } from '#domain';
import { LifecycleActivitiesService } from './lifecycle.activities.js';
import { MAIL_CONFIG, MAILER, smtpMailer } from './mailer.js';
import { NotificationDeliveryService } from './notification-delivery.js';

export { LifecycleActivitiesService, MAIL_CONFIG, MAILER, NotificationDeliveryService, smtpMailer };

/** The activity functions a worker registers, bound to their services (the Nest-injected ones in production). */
export function activityFunctions(
  service: Omit<LifecycleActivities, 'deliverNotification'>,
  delivery: Pick<LifecycleActivities, 'deliverNotification'>,
): LifecycleActivities {
  return {
    screenProposal: service.screenProposal.bind(service),
    recordTransition: service.recordTransition.bind(service),
    openTasks: service.openTasks.bind(service),
    recordTaskChange: service.recordTaskChange.bind(service),
    applyRevision: service.applyRevision.bind(service),
    recordConditions: service.recordConditions.bind(service),
    publishRegisterEntry: service.publishRegisterEntry.bind(service),
    notify: service.notify.bind(service),
    deliverNotification: delivery.deliverNotification.bind(delivery),
  };
}
