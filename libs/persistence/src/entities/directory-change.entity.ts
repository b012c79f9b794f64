import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type DirectoryValue = string | string[] | boolean | null;

/**
 * Who changed what in the directory, old → new; written in the edit's own transaction and never updated.
 * A table of its own rather than audit_entries: those belong to one proposal each (and carry its hash
 * chain), while a directory edit belongs to a person, and admins must be able to read it back.
 */
@Entity('directory_changes')
@Index('IDX_directory_changes_user', ['userId', 'at'])
export class DirectoryChangeEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 200 })
  userId: string;

  /** The admin's id, or `sign-in` when a token changed what the token is authoritative for. */
  @Column({ name: 'changed_by', type: 'varchar', length: 200 })
  changedBy: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'varchar', length: 30 })
  field: string;

  @Column({ name: 'old_value', type: 'jsonb', nullable: true })
  oldValue: DirectoryValue;

  @Column({ name: 'new_value', type: 'jsonb', nullable: true })
  newValue: DirectoryValue;
}
