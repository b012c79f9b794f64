import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Answers, ProposalStatus, RecordedScores, Tier } from '#domain';

@Entity('proposals')
@Index('IDX_proposals_department_status', ['department', 'status'])
export class ProposalEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  purpose: string;

  @Column({ name: 'department_code', type: 'varchar', length: 50 })
  department: string;

  @Column({ name: 'system_type', type: 'varchar', length: 20 })
  systemType: 'in_house' | 'vendor' | 'generative';

  @Column({ type: 'varchar', length: 200, nullable: true })
  vendor: string | null;

  @Column({ type: 'varchar', length: 20 })
  automation: 'advisory' | 'human_in_the_loop' | 'fully_automated';

  @Column({ name: 'high_impact_area', type: 'varchar', length: 50, nullable: true })
  highImpactArea: string | null;

  @Column({ name: 'personal_data', type: 'boolean' })
  personalData: boolean;

  @Column({ name: 'affects_vulnerable_groups', type: 'boolean' })
  affectsVulnerableGroups: boolean;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  answers: Answers;

  @Column({ type: 'varchar', length: 30 })
  status: ProposalStatus;

  @Column({ type: 'smallint', nullable: true })
  tier: Tier | null;

  @Column({ name: 'policy_version', type: 'varchar', length: 20 })
  policyVersion: string;

  @Column({ type: 'jsonb', nullable: true })
  scores: RecordedScores | null;

  /** Who answers citizens about the system; the register falls back to the department and the author. */
  @Column({ name: 'overseer_contact', type: 'varchar', length: 200, nullable: true })
  overseerContact: string | null;

  /**
   * Set by the submit that checked the draft as it stands: from then on no edit lands on it, so the workflow
   * screens what was checked. Cleared when the submission cannot be started.
   */
  @Column({ name: 'submission_requested_at', type: 'timestamptz', nullable: true })
  submissionRequestedAt: Date | null;

  @Column({ name: 'created_by', type: 'varchar', length: 200 })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
