import { Context } from '@temporalio/activity';
import type { AttentionActivities, AuditDigestActivities, LifecycleActivities, ReconcileActivities } from '#domain';
import { AttentionActivitiesService } from './attention.activities.js';
import { AuditDigestService } from './audit-digest.js';
import { LifecycleActivitiesService } from './lifecycle.activities.js';
import { MAIL_CONFIG, MAILER, smtpMailer } from './mailer.js';
import { NotificationDeliveryService } from './notification-delivery.js';
import { ReconcileModule } from './reconcile.module.js';
import { ReconcileService } from './reconcile.js';

export {
  AttentionActivitiesService,
  AuditDigestService,
  LifecycleActivitiesService,
  MAIL_CONFIG,
  MAILER,
  NotificationDeliveryService,
  ReconcileModule,
  ReconcileService,
  smtpMailer,
};

/**
 * The lifecycle queue's activity functions, bound to their services (the Nest-injected ones in production).
 * Email delivery is not among them: it runs on the mail queue (`mailActivityFunctions`).
 */
export function activityFunctions(
  service: Omit<LifecycleActivities, 'deliverNotification'>,
): Omit<LifecycleActivities, 'deliverNotification'> {
  return {
    screenProposal: service.screenProposal.bind(service),
    recordTransition: service.recordTransition.bind(service),
    openTasks: service.openTasks.bind(service),
    recordTaskChange: service.recordTaskChange.bind(service),
    applyRevision: service.applyRevision.bind(service),
    recordConditions: service.recordConditions.bind(service),
    publishRegisterEntry: service.publishRegisterEntry.bind(service),
  };
}

/** The activity of the mail task queue (`mailTaskQueue`), with slots of its own. */
export function mailActivityFunctions(
  delivery: Pick<LifecycleActivities, 'deliverNotification'>,
): Pick<LifecycleActivities, 'deliverNotification'> {
  return { deliverNotification: delivery.deliverNotification.bind(delivery) };
}

/** The attention row's and reconcile's activities, beside the lifecycle's. */
export function attentionActivityFunctions(
  attention: AttentionActivitiesService,
  reconcile: ReconcileService,
): AttentionActivities & ReconcileActivities {
  return {
    recordAttention: attention.recordAttention.bind(attention),
    // Heartbeats after each proposal: a reconcile of thousands outlasts any single timeout but never stalls.
    reconcileReadModel: ({ proposalIds }) => reconcile.reconcile(proposalIds, () => Context.current().heartbeat()),
  };
}

/** The daily audit digest's activity. */
export function auditDigestActivityFunctions(digest: AuditDigestService): AuditDigestActivities {
  return { publishAuditDigest: digest.publishAuditDigest.bind(digest) };
}
