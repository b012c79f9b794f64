// The directory behind every authenticated request: the person the token names, as the directory knows
// them. One primary-key SELECT per request; a write only for a new person, for a change in what the
// token is authoritative for, or to move last_seen_at forward (at most once per LAST_SEEN_STEP_MS).
import { type Actor, type Identity, REVIEW_DOMAINS, type ReviewDomain, type Role } from '#domain';
import type { DirectoryValue, UserEntity } from './entities/index.js';
import type { DirectoryRepository } from './repositories/directory.repository.js';

/** What a verified token says about its bearer. */
export type SeenIdentity = Identity;

export const LAST_SEEN_STEP_MS = 15 * 60_000;
const TOKEN_FIELDS = ['name', 'departmentCode', 'roles', 'email'] as const;
type TokenField = (typeof TOKEN_FIELDS)[number];

const isDomain = (d: string): d is ReviewDomain => (REVIEW_DOMAINS as readonly string[]).includes(d);

/** The actor of a directory row: domains and conflicts are the directory's, never a token's. */
export function actorFromUser(user: UserEntity): Actor {
  return {
    id: user.id,
    name: user.name,
    roles: user.roles as Role[],
    department: user.departmentCode,
    domains: user.domains.filter(isDomain),
    conflicts: user.conflicts,
  };
}

export interface DirectoryChange {
  field: string;
  from: DirectoryValue;
  to: DirectoryValue;
}

/** The directory row of the token's bearer, created on first sight and refreshed from the token. */
export async function resolveDirectoryUser(
  directory: DirectoryRepository,
  seen: SeenIdentity,
  now = new Date(),
): Promise<UserEntity> {
  const fromToken: Pick<UserEntity, TokenField> = {
    name: seen.name,
    departmentCode: seen.department,
    roles: seen.roles,
    // A token without email leaves a known one as it is.
    email: seen.email ?? null,
  };
  const row = await directory.findById(seen.id);
  if (!row) {
    // First sight: the token's `domains` seed the directory; from now on admins keep them (PATCH).
    return directory.insertFirstSeen({
      id: seen.id,
      ...fromToken,
      domains: seen.domains,
      conflicts: [],
      active: true,
      lastSeenAt: now,
    });
  }
  const changes = TOKEN_FIELDS.filter((f) => !(f === 'email' && seen.email === undefined))
    .filter((f) => JSON.stringify(row[f]) !== JSON.stringify(fromToken[f]))
    .map((f) => ({ field: f, from: row[f], to: fromToken[f] }));
  const stale = !row.lastSeenAt || now.getTime() - row.lastSeenAt.getTime() >= LAST_SEEN_STEP_MS;
  if (changes.length === 0 && !stale) return row;

  const patch: Partial<UserEntity> = { lastSeenAt: now };
  for (const { field, to } of changes) Object.assign(patch, { [field]: to });
  await directory.updateRecorded(seen.id, 'sign-in', patch, changes);
  return Object.assign(row, patch);
}
