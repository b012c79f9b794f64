// The lifecycle's real activities on a test's own DataSource, wired as the worker's Nest module wires them.
import type { DataSource } from 'typeorm';
import { LifecycleActivitiesService } from '#activities';
import { NotificationsRepository, ProposalsRepository, Repositories } from '#persistence';

export const lifecycleActivities = (db: DataSource): LifecycleActivitiesService =>
  new LifecycleActivitiesService(new Repositories(db), new ProposalsRepository(db), new NotificationsRepository(db));
