import { AuditEntryEntity } from './audit-entry.entity.js';
import { DepartmentEntity } from './department.entity.js';
import { ProposalEntity } from './proposal.entity.js';
import { TaskEntity } from './task.entity.js';
import { UserEntity } from './user.entity.js';

export { AuditEntryEntity, DepartmentEntity, ProposalEntity, TaskEntity, UserEntity };
export const ENTITIES = [AuditEntryEntity, DepartmentEntity, ProposalEntity, TaskEntity, UserEntity];
