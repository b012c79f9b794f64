import { Column, Entity, Generated, Index, PrimaryColumn } from 'typeorm';
import type { Message, ProposalStatus } from '#domain';

/** Append-only and hash-chained per proposal: see audit-log.ts. */
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

  /** What the lifecycle said, as a code: `rationale` is its English (checked by verifyChain); null for a person's words. */
  @Column({ type: 'jsonb', nullable: true })
  detail: Message | null;

  /** The API request that caused the entry, when one did: joins the log with the request logs. */
  @Column({ name: 'request_id', type: 'varchar', length: 100, nullable: true })
  requestId: string | null;

  /** The hash of the proposal's previous entry; null for its first. */
  @Column({ name: 'prev_hash', type: 'char', length: 64, nullable: true })
  prevHash: string | null;

  /** SHA-256 over this entry's content and prevHash (libs/persistence/src/audit-log.ts). */
  @Column({ type: 'char', length: 64 })
  hash: string;
}
