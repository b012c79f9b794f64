import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { RegisterStatus, RegisterTexts, Tier } from '#domain';

/**
 * A deployed system's entry in the public AI register. Written only by the lifecycle's activity, from the
 * proposal record: it holds what a citizen may read, and nothing of the internal review.
 */
@Entity('register_entries')
export class RegisterEntryEntity {
  @PrimaryColumn({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'department_code', type: 'varchar', length: 50 })
  departmentCode: string;

  @Column({ name: 'department_name', type: 'text' })
  departmentName: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ type: 'smallint' })
  tier: Tier;

  @Column({ name: 'human_oversight', type: 'text' })
  humanOversight: string;

  @Column({ name: 'overseer_contact', type: 'text' })
  overseerContact: string;

  @Column({ name: 'ai_notice', type: 'text' })
  aiNotice: string;

  @Column({ name: 'risk_summary', type: 'text' })
  riskSummary: string;

  /** The oversight, notice and risk texts above as codes, for a reader in one language; null before they were coded. */
  @Column({ type: 'jsonb', nullable: true })
  texts: RegisterTexts | null;

  /** Published for tier IV only (DESIGN §3). */
  @Column({ name: 'review_summary', type: 'text', nullable: true })
  reviewSummary: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: RegisterStatus;

  @Column({ name: 'deployed_version', type: 'varchar', length: 100 })
  deployedVersion: string;

  /** When the entry first appeared; later updates keep it. */
  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
