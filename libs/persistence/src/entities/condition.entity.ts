import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A condition of a conditional sign-off; the id is the workflow's, so a retried write finds its row. */
@Entity('conditions')
@Index('IDX_conditions_proposal', ['proposalId'])
export class ConditionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ type: 'text' })
  text: string;

  /** What the department showed, when it recorded the deployment. */
  @Column({ type: 'text', nullable: true })
  evidence: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
