import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Notification } from '#domain';

/** The outbox: the lifecycle queues notifications here; a sender delivers them and stamps sent_at. */
@Entity('notifications')
@Index('IDX_notifications_outbox', ['sentAt', 'createdAt'])
export class NotificationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind: Notification['kind'];

  /** People's ids or groups (`experts:<domain>`, `ethics_officers`, `managers:<DEPT>`, `admins`). */
  @Column({ type: 'text', array: true })
  recipients: string[];

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** Delivery attempts made so far; the policy's `notifications.attempts` bounds them. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** The addresses the recipients resolved to, once sent. */
  @Column({ name: 'delivered_to', type: 'text', array: true, nullable: true })
  deliveredTo: string[] | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** Set when delivery was given up after the last attempt. */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  /** The delivery attempt holding the row, while it sends (activities/notification-delivery.ts). */
  @Column({ type: 'uuid', nullable: true })
  lease: string | null;

  /** Until when that attempt holds it; past this another attempt may take it. */
  @Column({ name: 'leased_until', type: 'timestamptz', nullable: true })
  leasedUntil: Date | null;
}
