import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Why a proposal needs attention: a write failed past its retries, or its run ended before its lifecycle. */
export type AttentionReason = 'write_failed' | 'run_closed';

/**
 * A proposal that needs an administrator, for the stalled board: at most one row per proposal. Written
 * best-effort beside the lifecycle (workflows/attention.ts) and by reconcile; the workflow's state and its
 * BareunAttention search attribute are the truth, and reconcile mends this row where it differs.
 */
@Entity('proposal_attention')
export class ProposalAttentionEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ type: 'varchar', length: 20 })
  reason: AttentionReason;

  /** The activity whose write failed (write_failed). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  activity: string | null;

  @Column({ type: 'text' })
  error: string;

  @Column({ type: 'timestamptz' })
  since: Date;

  @Column({ type: 'int', default: 0 })
  retries: number;

  @Column({ type: 'boolean', default: false })
  retrying: boolean;
}
