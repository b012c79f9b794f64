import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { TaskKind, TaskStatus } from '#domain';
import { openTaskCondition } from '../open-task.js';

const OPEN = openTaskCondition('"status"');

/** Read model of the workflows' human tasks, for inboxes and dashboards; the workflow is the truth. */
@Entity('tasks')
@Index('IDX_tasks_proposal', ['proposalId'])
@Index('IDX_tasks_inbox', ['status', 'candidateGroup', 'assignee'])
// For GET /api/admin/stalled: open work by when it stalls (selective where little is stalled; the inbox index
// serves the rest); for the SLA figures of GET /api/admin/metrics, by due time.
@Index('IDX_tasks_stalls', ['stallsAt'], { where: OPEN })
@Index('IDX_tasks_due', ['dueAt'])
export class TaskEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ type: 'varchar', length: 30 })
  kind: TaskKind;

  @Column({ type: 'varchar', length: 30 })
  domain: string;

  @Column({ type: 'int' })
  round: number;

  @Column({ type: 'varchar', length: 20 })
  status: TaskStatus;

  @Column({ name: 'candidate_group', type: 'varchar', length: 60 })
  candidateGroup: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  assignee: string | null;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  /** When the open task counts as stalled: its due time, or earlier once idle past the policy's threshold. */
  @Column({ name: 'stalls_at', type: 'timestamptz' })
  stallsAt: Date;

  @Column({ name: 'escalation_level', type: 'int', default: 0 })
  escalationLevel: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  decision: string | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'decided_by', type: 'varchar', length: 200, nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
