import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { DepartmentWait, ProposalStatus } from '#domain';

/**
 * Read model of the lifecycle's waits on the department (a revision, the deployment record, a remediation):
 * one row per wait, open until the proposal leaves the stage. Tasks have their own rows; these are the
 * waits no task stands for, so that a silent stall on the department shows up too.
 */
@Entity('department_waits')
@Index('UQ_department_waits_open', ['proposalId'], { unique: true, where: `"ended_at" IS NULL` })
@Index('IDX_department_waits_waiting', ['since'], { where: `"ended_at" IS NULL` })
@Index('IDX_department_waits_due', ['dueAt'])
export class DepartmentWaitEntity {
  /** The id of the audit entry that began the wait: a retried write finds its row. */
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: DepartmentWait['kind'];

  @Column({ type: 'varchar', length: 30 })
  stage: ProposalStatus;

  @Column({ type: 'timestamptz' })
  since: Date;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'stalls_at', type: 'timestamptz' })
  stallsAt: Date;

  @Column({ name: 'escalation_level', type: 'int', default: 0 })
  escalationLevel: number;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
