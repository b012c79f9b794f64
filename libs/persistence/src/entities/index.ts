import { AuditEntryEntity } from './audit-entry.entity.js';
import { ConditionEntity } from './condition.entity.js';
import { DepartmentEntity } from './department.entity.js';
import { DirectoryChangeEntity, type DirectoryValue } from './directory-change.entity.js';
import { IdempotencyKeyEntity } from './idempotency-key.entity.js';
import { DepartmentWaitEntity } from './department-wait.entity.js';
import { NotificationEntity } from './notification.entity.js';
import { ProposalEntity } from './proposal.entity.js';
import { type AttentionReason, ProposalAttentionEntity } from './proposal-attention.entity.js';
import { RegisterEntryEntity } from './register-entry.entity.js';
import { TaskEntity } from './task.entity.js';
import { UserEntity } from './user.entity.js';

export type { AttentionReason, DirectoryValue };
export {
  AuditEntryEntity,
  ConditionEntity,
  DepartmentEntity,
  DirectoryChangeEntity,
  DepartmentWaitEntity,
  NotificationEntity,
  ProposalAttentionEntity,
  ProposalEntity,
  RegisterEntryEntity,
  TaskEntity,
  UserEntity,
};
export const ENTITIES = [
  AuditEntryEntity,
  ConditionEntity,
  DepartmentEntity,
  DirectoryChangeEntity,
  IdempotencyKeyEntity,
  DepartmentWaitEntity,
  NotificationEntity,
  ProposalAttentionEntity,
  ProposalEntity,
  RegisterEntryEntity,
  TaskEntity,
  UserEntity,
];
