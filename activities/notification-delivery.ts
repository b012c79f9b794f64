// Delivers the outbox's notifications by email. A row is locked while it is sent, so two deliveries of it
// (a retry racing a slow attempt) send it once; it is marked sent once, or after the attempts the
// proposal's policy allows, marked failed with the last error. Temporal retries it with backoff until then.
// SMTP is at-least-once: only a worker that dies between the mail server's OK and the record of it makes
// a retry mail it again, under the same Message-ID (PostgreSQL going away there delays the record instead).
import { Inject, Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/activity';
import type { MailConfig } from '#config';
import { policyFor, recipientOf } from '#domain';
import { NotificationsRepository, type OutboxRow, Repositories, type TransactionRepositories } from '#persistence';
import { MAIL_CONFIG, MAILER, type Mailer } from './mailer.js';

/** How long a delivery keeps trying to record a sent mail: within its 1-minute start-to-close timeout. */
const MARK_SENT_PATIENCE_MS = 45_000;

/** A mail the server accepted: the attempt that sent it and its addresses. */
interface Mailed {
  attempt: number;
  to: string[];
}

type Outcome = { sent: true } | { sent: false; error: string; gaveUp: boolean } | undefined;

@Injectable()
export class NotificationDeliveryService {
  constructor(
    private readonly repositories: Repositories,
    private readonly notifications: NotificationsRepository,
    @Inject(MAILER) private readonly mailer: Mailer | null,
    @Inject(MAIL_CONFIG) private readonly config: MailConfig,
  ) {}

  async deliverNotification({ notificationId }: { notificationId: string }): Promise<void> {
    let mailed: Mailed | undefined;
    let outcome: Outcome;
    try {
      outcome = await this.repositories.transaction((tx) => this.sendLocked(tx, notificationId, (sent) => (mailed = sent)));
    } catch (error) {
      if (!mailed) throw error;
      // The mail went out but PostgreSQL went away before its record: record it once PostgreSQL is back
      // rather than let Temporal's retry mail it a second time.
      return this.markSentOnceReachable(notificationId, mailed);
    }
    if (outcome && !outcome.sent) {
      const message = `notification ${notificationId} not delivered: ${outcome.error}`;
      throw outcome.gaveUp
        ? ApplicationFailure.nonRetryable(message, 'BareunDeliveryFailed')
        : ApplicationFailure.retryable(message, 'BareunDeliveryRetry');
    }
  }

  /** Sends the row's mail under its lock and records it; `onMailed` hears of the mail before the record. */
  private async sendLocked(
    tx: TransactionRepositories,
    notificationId: string,
    onMailed: (mailed: Mailed) => void,
  ): Promise<Outcome> {
    const row = await tx.notifications.lockForDelivery(notificationId);
    if (!row) throw ApplicationFailure.nonRetryable(`notification ${notificationId} does not exist`, 'BareunNotFound');
    if (row.sent_at || row.failed_at || !this.mailer) return undefined; // done already, or no SMTP: it waits
    const attempt = row.attempts + 1;
    const gaveUp = attempt >= policyFor(row.policy_version).notifications.attempts;
    const to = await addressesOf(tx, row);
    if (to.length === 0) return this.failed(tx, row, attempt, 'no recipient has an email address', true);
    try {
      await this.mailer.send({ messageId: `<${row.id}@bareun>`, to, subject: row.subject, text: this.textOf(row) });
    } catch (error) {
      return this.failed(tx, row, attempt, (error as Error).message, gaveUp);
    }
    onMailed({ attempt, to });
    await tx.notifications.markSent(row.id, { attempt, to });
    return { sent: true };
  }

  private async markSentOnceReachable(id: string, mailed: Mailed): Promise<void> {
    const deadline = Date.now() + MARK_SENT_PATIENCE_MS;
    for (;;) {
      try {
        return await this.notifications.markSent(id, mailed);
      } catch (error) {
        if (Date.now() > deadline) throw error; // the retry then mails it again: at least once, never lost
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  }

  private async failed(
    tx: TransactionRepositories,
    row: OutboxRow,
    attempt: number,
    error: string,
    gaveUp: boolean,
  ): Promise<Outcome> {
    await tx.notifications.markFailed(row.id, attempt, error, gaveUp);
    return { sent: false, error, gaveUp };
  }

  /** Korean first, English below: the bodies are written so, one line each; each with the link. */
  private textOf(row: OutboxRow): string {
    const link = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/api/proposals/${row.proposal_id}`;
    const [ko, ...en] = row.body.split('\n');
    return `${ko}\n바른에서 보기: ${link}\n\n${en.join('\n')}\nOpen in Bareun: ${link}\n`;
  }
}

/** The addresses of the recipients, each once. */
async function addressesOf(tx: TransactionRepositories, row: OutboxRow): Promise<string[]> {
  const found = new Set<string>();
  for (const name of row.recipients) {
    for (const email of await tx.directory.emailsOf(recipientOf(name), row.department_code)) found.add(email);
  }
  return [...found].sort();
}
