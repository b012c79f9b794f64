import { AdminMetricsRepository } from './admin-metrics.repository.js';
import { AttentionRepository } from './attention.repository.js';
import { AuditDigestsRepository } from './audit-digests.repository.js';
import { AuditLogRepository } from './audit-log.repository.js';
import { ConditionsRepository } from './conditions.repository.js';
import { DepartmentWaitsRepository } from './department-waits.repository.js';
import { DirectoryRepository } from './directory.repository.js';
import { HealthRepository } from './health.repository.js';
import { IdempotencyKeysRepository } from './idempotency-keys.repository.js';
import { LifecycleMetricsRepository } from './lifecycle-metrics.repository.js';
import { NotificationsRepository } from './notifications.repository.js';
import { ProposalsRepository } from './proposals.repository.js';
import { RegisterRepository } from './register.repository.js';
import { Repositories } from './repositories.js';
export type { TransactionRepositories } from './repositories.js';
import { StalledWorkRepository } from './stalled-work.repository.js';
import { TasksRepository } from './tasks.repository.js';

export type { AttentionBoardRow } from './attention.repository.js';
export type { MemberLoad } from './directory.repository.js';
export type { OutboxRow } from './notifications.repository.js';
export { PROPOSAL_SORTS, type ProposalFilter, type ProposalSort } from './proposals.repository.js';
export { type StalledFilter, stalledQuery, type StalledRow } from './stalled-work.repository.js';
export {
  AdminMetricsRepository,
  AttentionRepository,
  AuditDigestsRepository,
  AuditLogRepository,
  ConditionsRepository,
  DepartmentWaitsRepository,
  DirectoryRepository,
  HealthRepository,
  IdempotencyKeysRepository,
  LifecycleMetricsRepository,
  NotificationsRepository,
  ProposalsRepository,
  RegisterRepository,
  Repositories,
  StalledWorkRepository,
  TasksRepository,
};

/** Every injectable repository, for PersistenceModule to provide. */
export const REPOSITORIES = [
  AdminMetricsRepository,
  AttentionRepository,
  AuditDigestsRepository,
  AuditLogRepository,
  ConditionsRepository,
  DepartmentWaitsRepository,
  DirectoryRepository,
  HealthRepository,
  IdempotencyKeysRepository,
  LifecycleMetricsRepository,
  NotificationsRepository,
  ProposalsRepository,
  RegisterRepository,
  Repositories,
  StalledWorkRepository,
  TasksRepository,
];
