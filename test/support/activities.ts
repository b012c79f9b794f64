// The lifecycle's real activities on a test's own DataSource, wired as the worker's Nest module wires them.
import type { DataSource } from 'typeorm';
import { LifecycleActivitiesService } from '#activities';
import { AuditKey, NotificationsRepository, ProposalsRepository, Repositories } from '#persistence';
import { TEST_AUDIT_HMAC_KEY } from './system.js';

export const lifecycleActivities = (db: DataSource): LifecycleActivitiesService =>
  new LifecycleActivitiesService(
    new Repositories(db, new AuditKey(TEST_AUDIT_HMAC_KEY)),
    new ProposalsRepository(db),
    new NotificationsRepository(db),
  );
