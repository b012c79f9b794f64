// The notification outbox: rows are queued in the transaction of the event they tell of, so an event is
// never recorded without its notification, nor a notification sent for an event that was not recorded.
import type { EntityManager } from 'typeorm';
import type { Notification } from '#domain';

export async function queueNotification(tx: Pick<EntityManager, 'query'>, notification: Notification): Promise<void> {
  const { id, proposalId, taskId, kind, recipients, subject, body } = notification;
  await tx.query(
    `INSERT INTO notifications (id, proposal_id, task_id, kind, recipients, subject, body)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
    [id, proposalId, taskId ?? null, kind, recipients, subject, body],
  );
}
