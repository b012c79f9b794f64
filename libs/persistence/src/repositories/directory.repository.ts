// The directory: people (users), their departments, and the record of every change to a person.
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Recipient, ReviewDomain, Role } from '#domain';
import { DepartmentEntity, DirectoryChangeEntity, UserEntity } from '../entities/index.js';
import { openTaskCondition } from '../open-task.js';
import { type Db, entityOf } from '../typeorm-internals.js';
import type { DirectoryChange } from '../user-directory.js';
import { columnsOf, findById, selectRows } from './plain-sql.js';

export interface UserFilter {
  role?: Role;
  department?: string;
  domain?: ReviewDomain;
  /** Part of the id or the name, any case. */
  q?: string;
  limit: number;
  offset: number;
}

/** A person of a group with how loaded they are: open tasks they hold, and the nearest due time of those. */
export interface MemberLoad {
  user: UserEntity;
  openTasks: number;
  nearestDueAt: Date | null;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@Injectable()
export class DirectoryRepository {
  constructor(@InjectDataSource() private readonly db: Db) {}

  findById(id: string): Promise<UserEntity | null> {
    return findById(this.db, UserEntity, id);
  }

  /** The row, locked until the transaction ends, so that a recorded old value is the one an edit replaced. */
  findLocked(id: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** A person seen for the first time; two first requests at once: one inserts, both read the row. */
  async insertFirstSeen(user: UserEntity): Promise<UserEntity> {
    await this.db.getRepository(UserEntity).createQueryBuilder().insert().values(user).orIgnore().execute();
    return this.db.getRepository(UserEntity).findOneByOrFail({ id: user.id });
  }

  page({ limit, offset, role, department, domain, q }: UserFilter): Promise<[UserEntity[], number]> {
    const query = this.db.getRepository(UserEntity).createQueryBuilder('u').orderBy('u.id', 'ASC').take(limit).skip(offset);
    if (role) query.andWhere(':role = ANY(u.roles)', { role });
    if (domain) query.andWhere(':domain = ANY(u.domains)', { domain });
    if (department) query.andWhere('u.departmentCode = :department', { department });
    if (q) query.andWhere('(u.id ILIKE :q OR u.name ILIKE :q)', { q: likePattern(q) });
    return query.getManyAndCount();
  }

  /**
   * The members of a group (a role, and for experts a domain), active or not, least loaded first (fewest open
   * tasks, then the latest nearest due time): whom a task could be given to, before the domain's rule on each.
   */
  async membersWithLoad(role: Role, domain?: ReviewDomain): Promise<MemberLoad[]> {
    const rows = await selectRows<Record<string, unknown>>(
      this.db,
      'members-with-load',
      `SELECT ${columnsOf(this.db, UserEntity, 'u')}, count(t.id)::int AS open_tasks, min(t.due_at) AS nearest_due_at
         FROM users u LEFT JOIN tasks t ON t.assignee = u.id AND ${openTaskCondition('t.status')}
        WHERE $1 = ANY(u.roles) AND ($2::text IS NULL OR $2 = ANY(u.domains))
        GROUP BY u.id
        ORDER BY open_tasks ASC, nearest_due_at DESC NULLS FIRST, u.id ASC`,
      [role, domain ?? null],
    );
    return rows.map((row) => ({
      user: entityOf(this.db, UserEntity, row),
      openTasks: row.open_tasks as number,
      nearestDueAt: row.nearest_due_at ? new Date(row.nearest_due_at as string) : null,
    }));
  }

  async update(id: string, patch: Partial<UserEntity>): Promise<void> {
    await this.db.getRepository(UserEntity).update({ id }, patch);
  }

  /** Changes the person and records each change with it, in one transaction. */
  async updateRecorded(id: string, by: string, patch: Partial<UserEntity>, changes: DirectoryChange[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      const directory = new DirectoryRepository(tx);
      await directory.update(id, patch);
      await directory.recordChanges(id, by, changes);
    });
  }

  async recordChanges(userId: string, by: string, changes: DirectoryChange[]): Promise<void> {
    const at = new Date();
    const rows = changes.map(({ field, from, to }) => ({
      id: randomUUID(),
      userId,
      changedBy: by,
      at,
      field,
      oldValue: from,
      newValue: to,
    }));
    if (rows.length > 0) await this.db.getRepository(DirectoryChangeEntity).insert(rows);
  }

  /** The person's last 100 changes, newest first. */
  changesOf(userId: string): Promise<DirectoryChangeEntity[]> {
    return this.db.getRepository(DirectoryChangeEntity).find({ where: { userId }, order: { at: 'DESC' }, take: 100 });
  }

  findDepartment(code: string): Promise<DepartmentEntity | null> {
    return findById(this.db, DepartmentEntity, code);
  }

  /**
   * The addresses of a recipient: a person's own, or every member of a group. Experts of the proposal's
   * own department never review it, so a candidate group reaches the others only.
   */
  async emailsOf(recipient: Recipient, proposalDepartment: string): Promise<string[]> {
    const rows: { email: string }[] =
      recipient.kind === 'person'
        ? await this.db.query(`SELECT email FROM users WHERE id = $1 AND email IS NOT NULL`, [recipient.id])
        : await this.db.query(
            `SELECT email FROM users WHERE email IS NOT NULL AND $1 = ANY(roles)
               AND ($2::text IS NULL OR $2 = ANY(domains))
               AND ($3::text IS NULL OR department_code = $3)
               AND ($2::text IS NULL OR department_code <> $4)`,
            [recipient.role, recipient.domain ?? null, recipient.department ?? null, proposalDepartment],
          );
    return rows.map(({ email }) => email);
  }
}
