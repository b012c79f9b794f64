// The admins' view of the directory. Admins edit only what the directory is authoritative for (domains,
// conflicts, active); each edit and its old → new values are recorded in the same transaction.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { type Actor, hasRole, refuse, refuseField } from '#domain';
import { DirectoryChangeEntity, ProposalEntity, recordDirectoryChanges, UserEntity } from '#persistence';
import { RefusedException } from '#temporal';
import type { UpdateUserDto, UserListQuery } from './user.dto.js';
import { DirectoryChangeView, type UserDetailView, type UserPageView, UserView } from './user.view.js';

const EDITABLE = ['domains', 'conflicts', 'active'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@Injectable()
export class DirectoryService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(actor: Actor, { limit, offset, role, department, domain, q }: UserListQuery): Promise<UserPageView> {
    this.mustBeAdmin(actor);
    const query = this.db.getRepository(UserEntity).createQueryBuilder('u').orderBy('u.id', 'ASC').take(limit).skip(offset);
    if (role) query.andWhere(':role = ANY(u.roles)', { role });
    if (domain) query.andWhere(':domain = ANY(u.domains)', { domain });
    if (department) query.andWhere('u.departmentCode = :department', { department });
    if (q) query.andWhere('(u.id ILIKE :q OR u.name ILIKE :q)', { q: likePattern(q) });
    const [rows, total] = await query.getManyAndCount();
    return { items: rows.map(UserView.of), total, limit, offset };
  }

  async detail(actor: Actor, id: string): Promise<UserDetailView> {
    this.mustBeAdmin(actor);
    const user = await this.db.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new RefusedException(refuse('person_not_found', { id }));
    const changes = await this.db
      .getRepository(DirectoryChangeEntity)
      .find({ where: { userId: id }, order: { at: 'DESC' }, take: 100 });
    return { ...UserView.of(user), changes: changes.map(DirectoryChangeView.of) };
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<UserDetailView> {
    this.mustBeAdmin(actor);
    if (EDITABLE.every((field) => dto[field] === undefined)) {
      throw new RefusedException(refuse('nothing_to_change', { fields: EDITABLE }));
    }
    if (dto.active === false && id === actor.id) throw new RefusedException(refuse('cannot_deactivate_self', {}));
    // Proposal ids as the database writes them, so that the rule's comparison holds whatever the case sent.
    if (dto.conflicts) dto.conflicts = [...new Set(dto.conflicts.map((c) => (UUID.test(c) ? c.toLowerCase() : c)))];
    await this.mustNameProposals(dto.conflicts ?? []);
    await this.db.transaction(async (tx) => {
      // Locked, so the recorded old value is the one this edit replaced.
      const user = await tx.getRepository(UserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new RefusedException(refuse('person_not_found', { id }));
      const changes = EDITABLE.filter((f) => dto[f] !== undefined && JSON.stringify(dto[f]) !== JSON.stringify(user[f])).map(
        (f) => ({ field: f, from: user[f], to: dto[f]! }),
      );
      if (changes.length === 0) return;
      await tx.getRepository(UserEntity).update({ id }, Object.fromEntries(changes.map((c) => [c.field, c.to])));
      await recordDirectoryChanges(tx, id, actor.id, changes);
    });
    return this.detail(actor, id);
  }

  /** A conflict that looks like a proposal id must name a proposal: a typo would otherwise protect nothing. */
  private async mustNameProposals(conflicts: string[]): Promise<void> {
    const ids = conflicts.filter((c) => UUID.test(c));
    if (ids.length === 0) return;
    const found = await this.db.getRepository(ProposalEntity).find({ select: { id: true }, where: { id: In(ids) } });
    const missing = ids.filter((c) => !found.some((p) => p.id === c));
    if (missing.length > 0) throw new RefusedException(refuseField('conflicts', 'conflict_names_no_proposal', { ids: missing }));
  }

  private mustBeAdmin(actor: Actor): void {
    if (!hasRole(actor, 'admin')) throw new RefusedException(refuse('admin_only', {}));
  }
}
