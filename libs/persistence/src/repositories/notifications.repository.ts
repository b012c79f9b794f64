// The notification outbox: rows are queued in the transaction of the event they tell of, so an event is
// never recorded without its notification, nor a notification sent for an event that was not recorded.
// Delivery leases a row, sends it with no transaction open, and records the outcome if the lease is still
// its own (activities/notification-delivery.ts).
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
  /** Counting the attempt that leased it. */
  attempts: number;
  policy_version: string;
  department_code: string;
}

type DeliveryState = { state: 'missing' } | { state: 'done' } | { state: 'leased'; until: Date | null };

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

  /**
   * Leases the row to the attempt `lease` for `seconds` and counts the attempt, in one short statement: a
   * concurrent lease waits for it and then finds the row leased. No lock outlives it, so the mail is sent
   * with no transaction open. Undefined when the row is not to be sent now (see `deliveryStateOf`).
   */
  async lease(notificationId: string, lease: string, seconds: number): Promise<OutboxRow | undefined> {
    const [rows]: [OutboxRow[], number] = await this.db.query(
      `UPDATE notifications n SET lease = $2, leased_until = now() + make_interval(secs => $3), attempts = n.attempts + 1
       FROM proposals p
       WHERE n.id = $1 AND p.id = n.proposal_id AND n.sent_at IS NULL AND n.failed_at IS NULL
         AND (n.leased_until IS NULL OR n.leased_until <= now())
       RETURNING n.id, n.proposal_id, n.recipients, n.subject, n.body, n.attempts, p.policy_version, p.department_code`,
      [notificationId, lease, seconds],
    );
    return rows[0];
  }

  /** Keeps the lease for `seconds` more, while its attempt lives; false if it is no longer that attempt's. */
  async renewLease(id: string, lease: string, seconds: number): Promise<boolean> {
    const [, count]: [unknown, number] = await this.db.query(
      `UPDATE notifications SET leased_until = now() + make_interval(secs => $3)
       WHERE id = $1 AND lease = $2 AND sent_at IS NULL AND failed_at IS NULL`,
      [id, lease, seconds],
    );
    return count > 0;
  }

  /** Why a row was not leased: gone, done with, or leased by another attempt until a time. */
  async deliveryStateOf(notificationId: string): Promise<DeliveryState> {
    const [row]: { sent_at: Date | null; failed_at: Date | null; leased_until: Date | null }[] = await this.db.query(
      `SELECT sent_at, failed_at, leased_until FROM notifications WHERE id = $1`,
      [notificationId],
    );
    if (!row) return { state: 'missing' };
    if (row.sent_at || row.failed_at) return { state: 'done' };
    return { state: 'leased', until: row.leased_until };
  }

  /** Once, and only by the attempt holding the lease (past its time too, if nobody took it since). */
  async markSent(id: string, lease: string, to: string[]): Promise<boolean> {
    const [, count]: [unknown, number] = await this.db.query(
      `UPDATE notifications SET sent_at = now(), delivered_to = $3, leased_until = NULL
       WHERE id = $1 AND lease = $2 AND sent_at IS NULL`,
      [id, lease, to],
    );
    return count > 0;
  }

  /** A failed attempt, by the attempt holding the lease, which it gives back; with `gaveUp`, the last one. */
  async markFailed(id: string, lease: string, error: string, gaveUp: boolean): Promise<void> {
    await this.db.query(
      `UPDATE notifications SET last_error = $3, failed_at = CASE WHEN $4 THEN now() END, leased_until = NULL
       WHERE id = $1 AND lease = $2 AND sent_at IS NULL`,
      [id, lease, error, gaveUp],
    );
  }
}
