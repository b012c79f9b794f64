// Several repository calls in one transaction: `repositories.transaction(async (tx) => …)` hands `tx`, the
// repositories of the aggregates written together, bound to the transaction's connection. Their writes
// commit together when `work` returns, and none of them when it throws.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditKey } from '../audit-log.js';
import { AttentionRepository } from './attention.repository.js';
import { AuditLogRepository } from './audit-log.repository.js';
import { ConditionsRepository } from './conditions.repository.js';
import { DepartmentWaitsRepository } from './department-waits.repository.js';
import { DirectoryRepository } from './directory.repository.js';
import { NotificationsRepository } from './notifications.repository.js';
import { ProposalsRepository } from './proposals.repository.js';
import { RegisterRepository } from './register.repository.js';
import { TasksRepository } from './tasks.repository.js';

export class TransactionRepositories {
  readonly attention: AttentionRepository;
  readonly audit: AuditLogRepository;
  readonly conditions: ConditionsRepository;
  readonly departmentWaits: DepartmentWaitsRepository;
  readonly directory: DirectoryRepository;
  readonly notifications: NotificationsRepository;
  readonly proposals: ProposalsRepository;
  readonly register: RegisterRepository;
  readonly tasks: TasksRepository;

  constructor(manager: EntityManager, auditKey: AuditKey) {
    this.attention = new AttentionRepository(manager);
    this.audit = new AuditLogRepository(manager, auditKey);
    this.conditions = new ConditionsRepository(manager);
    this.departmentWaits = new DepartmentWaitsRepository(manager);
    this.directory = new DirectoryRepository(manager);
    this.notifications = new NotificationsRepository(manager);
    this.proposals = new ProposalsRepository(manager);
    this.register = new RegisterRepository(manager);
    this.tasks = new TasksRepository(manager);
  }
}

@Injectable()
export class Repositories {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auditKey: AuditKey,
  ) {}

  transaction<T>(work: (tx: TransactionRepositories) => Promise<T>): Promise<T> {
    return this.db.transaction((manager) => work(new TransactionRepositories(manager, this.auditKey)));
  }
}
