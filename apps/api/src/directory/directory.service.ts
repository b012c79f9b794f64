// The admins' view of the directory. Admins edit only what the directory is authoritative for (domains,
// conflicts, active); each edit and its old → new values are recorded in the same transaction.
import { Injectable } from '@nestjs/common';
import { type Actor, hasRole, refuse, refuseField } from '#domain';
import { DirectoryRepository, ProposalsRepository, Repositories } from '#persistence';
import { RefusedException } from '#temporal';
import type { UpdateUserDto, UserListQuery } from './user.dto.js';
import { DirectoryChangeView, type UserDetailView, type UserPageView, UserView } from './user.view.js';

const EDITABLE = ['domains', 'conflicts', 'active'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class DirectoryService {
  constructor(
    private readonly repositories: Repositories,
    private readonly directory: DirectoryRepository,
    private readonly proposals: ProposalsRepository,
  ) {}

  async list(actor: Actor, query: UserListQuery): Promise<UserPageView> {
    this.mustBeAdmin(actor);
    const { limit, offset } = query;
    const [rows, total] = await this.directory.page(query);
    return { items: rows.map(UserView.of), total, limit, offset };
  }

  async detail(actor: Actor, id: string): Promise<UserDetailView> {
    this.mustBeAdmin(actor);
    const user = await this.directory.findById(id);
    if (!user) throw new RefusedException(refuse('person_not_found', { id }));
    const changes = await this.directory.changesOf(id);
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
    await this.repositories.transaction(async (tx) => {
      // Locked, so the recorded old value is the one this edit replaced.
      const user = await tx.directory.findLocked(id);
      if (!user) throw new RefusedException(refuse('person_not_found', { id }));
      const changes = EDITABLE.filter((f) => dto[f] !== undefined && JSON.stringify(dto[f]) !== JSON.stringify(user[f])).map(
        (f) => ({ field: f, from: user[f], to: dto[f]! }),
      );
      if (changes.length === 0) return;
      await tx.directory.update(id, Object.fromEntries(changes.map((c) => [c.field, c.to])));
      await tx.directory.recordChanges(id, actor.id, changes);
    });
    return this.detail(actor, id);
  }

  /** A conflict that looks like a proposal id must name a proposal: a typo would otherwise protect nothing. */
  private async mustNameProposals(conflicts: string[]): Promise<void> {
    const ids = conflicts.filter((c) => UUID.test(c));
    if (ids.length === 0) return;
    const found = await this.proposals.existing(ids);
    const missing = ids.filter((c) => !found.some((p) => p.id === c));
    if (missing.length > 0) throw new RefusedException(refuseField('conflicts', 'conflict_names_no_proposal', { ids: missing }));
  }

  private mustBeAdmin(actor: Actor): void {
    if (!hasRole(actor, 'admin')) throw new RefusedException(refuse('admin_only', {}));
  }
}
