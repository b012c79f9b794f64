import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The directory of people, one row per `sub` seen in a token (demo users are seeded). The token is
 * authoritative for name, department, roles and email, and refreshes them; the directory for domains,
 * declared conflicts and whether the person may act at all (`active`), which admins edit.
 */
@Entity('users')
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'department_code', type: 'varchar', length: 50 })
  departmentCode: string;

  @Column({ type: 'text', array: true })
  roles: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  domains: string[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  /** Declared conflicts: proposal ids and department codes this person may not review. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  conflicts: string[];

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'last_seen_at', type: 'timestamptz', nullable: true })
  lastSeenAt: Date | null;
}
