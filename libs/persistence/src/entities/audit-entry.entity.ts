import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import type { ProposalStatus } from '../../../domain/src/index.js';

/** Append-only: the application inserts entries and never updates or deletes them. */
@Entity('audit_entries')
@Index('IDX_audit_entries_proposal', ['proposalId', 'seq'])
// Stage durations for GET /api/admin/metrics read transitions by time.
@Index('IDX_audit_entries_transitions', ['at'], { where: `"to_status" IS NOT NULL` })
export class AuditEntryEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Insertion order; the log of a proposal is read in this order. */
  @Column({ type: 'bigint', unique: true, generatedIdentity: 'ALWAYS' })
  @Generated('increment')
  seq: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'varchar', length: 200 })
  actor: string;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ name: 'from_status', type: 'varchar', length: 30, nullable: true })
  fromStatus: ProposalStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 30, nullable: true })
  toStatus: ProposalStatus | null;

  @Column({ type: 'text', nullable: true })
  rationale: string | null;
}
