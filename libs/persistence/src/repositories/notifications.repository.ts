// The notification outbox: rows are queued in the transaction of the event they tell of, so an event is
// never recorded without its notification, nor a notification sent for an event that was not recorded.
// Delivery reads a row under its lock and records the outcome (activities/notification-delivery.ts).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Notification } from '#domain';
import type { Db } from '../typeorm-internals.js';

/** A queued notification with what its delivery needs of the proposal. */
export interface OutboxRow {
  id: string;
  proposal_id: string;
  recipients: string[];
  subject: string;
  body: string;
  attempts: number;
  sent_at: Date | null;
  failed_at: Date | null;
  policy_version: string;
  department_code: string;
}

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: Db) {}

  async queue(notification: Notification): Promise<void> {
    const { id, proposalId, taskId, kind, recipients, subject, body } = notification;
    await this.db.query(
      `INSERT INTO notifications (id, proposal_id, task_id, kind, recipients, subject, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
      [id, proposalId, taskId ?? null, kind, recipients, subject, body],
    );
  }

  /** The row, locked until the transaction ends, so two deliveries of it send it once. */
  async lockForDelivery(notificationId: string): Promise<OutboxRow | undefined> {
    const [row]: OutboxRow[] = await this.db.query(
      `SELECT n.*, p.policy_version, p.department_code FROM notifications n JOIN proposals p ON p.id = n.proposal_id
       WHERE n.id = $1 FOR UPDATE OF n`,
      [notificationId],
    );
    return row;
  }

  /** Once: a second mark (the record of a mail already recorded) changes nothing. */
  async markSent(id: string, { attempt, to }: { attempt: number; to: string[] }): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET sent_at = now(), attempts = $2, delivered_to = $3 WHERE id = $1 AND sent_at IS NULL`,
      [id, attempt, to],
    );
  }

  /** A failed attempt; with `gaveUp`, the last one. */
  async markFailed(id: string, attempt: number, error: string, gaveUp: boolean): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET attempts = $2, last_error = $3, failed_at = CASE WHEN $4 THEN now() END WHERE id = $1`,
      [id, attempt, error, gaveUp],
    );
  }
}
