// Delivers the outbox's notifications by email, with no transaction open while SMTP talks: the row is leased
// (one short statement saying whose attempt holds it and until when), the mail sent within SMTP timeouts and a
// deadline shorter than the activity's start-to-close, heartbeating and renewing the lease meanwhile, and then
// marked sent if the lease is still this attempt's. A failed attempt is recorded and gives the lease back;
// after the attempts the proposal's policy allows it is marked failed. Temporal retries it with backoff.
//
// SMTP is at-least-once. A worker that dies between the mail server's OK and the record of it leaves the row
// leased: Temporal retries after the heartbeat timeout, the retry finds the lease and is retried once it has
// run out (twice the heartbeat timeout after the last renewal), and mails it again, under the same Message-ID. PostgreSQL
// going away there delays the record instead (retried until the attempt's time is nearly up).
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { MailConfig } from '#config';
import { policyFor, recipientOf } from '#domain';
import { DirectoryRepository, NotificationsRepository, type OutboxRow } from '#persistence';
import { MAIL_CONFIG, MAILER, type Mailer } from './mailer.js';

/** Time kept back from the attempt's start-to-close for recording the outcome. */
const RECORD_RESERVE_MS = 20_000;
/** Plans of old code scheduled deliveries with this start-to-close, and no heartbeat timeout. */
const DEFAULT_START_TO_CLOSE_MS = 60_000;

@Injectable()
export class NotificationDeliveryService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly directory: DirectoryRepository,
    @Inject(MAILER) private readonly mailer: Mailer | null,
    @Inject(MAIL_CONFIG) private readonly config: MailConfig,
  ) {}

  async deliverNotification({ notificationId }: { notificationId: string }): Promise<void> {
    if (!this.mailer) return; // no SMTP: it waits in the outbox
    const lease = randomUUID();
    const attempt: Attempt = new Attempt(() => this.notifications.renewLease(notificationId, lease, attempt.leaseSeconds));
    const row = await this.notifications.lease(notificationId, lease, attempt.leaseSeconds);
    if (!row) return this.notLeased(notificationId);
    const fail = async (error: string, gaveUp: boolean) => {
      await this.notifications.markFailed(row.id, lease, error, gaveUp);
      const message = `notification ${notificationId} not delivered: ${error}`;
      throw gaveUp
        ? ApplicationFailure.nonRetryable(message, 'BareunDeliveryFailed')
        : ApplicationFailure.retryable(message, 'BareunDeliveryRetry');
    };
    const allowed = policyFor(row.policy_version).notifications.attempts;
    // Only an attempt that ended without a record (a crash) leaves a count past the policy's.
    if (row.attempts > allowed) return fail(`the last of ${allowed} attempts ended without a record`, true);
    const to = await this.addressesOf(row);
    if (to.length === 0) return fail('no recipient has an email address', true);
    const mail = { messageId: `<${row.id}@bareun>`, to, subject: row.subject, text: this.textOf(row) };
    try {
      await attempt.within(attempt.sendBudgetMs(this.config.SMTP_TIMEOUT_SECONDS), this.mailer.send(mail));
    } catch (error) {
      if (attempt.cancelled) throw error; // the worker stops: the lease runs out, and a retry sends it
      return fail((error as Error).message, row.attempts >= allowed);
    }
    await attempt.persistently(() => this.notifications.markSent(row.id, lease, to));
  }

  /** Sent or given up already: done; leased by another attempt: asked again once its lease runs out. */
  private async notLeased(notificationId: string): Promise<void> {
    const found = await this.notifications.deliveryStateOf(notificationId);
    if (found.state === 'done') return;
    if (found.state === 'missing') {
      throw ApplicationFailure.nonRetryable(`notification ${notificationId} does not exist`, 'BareunNotFound');
    }
    const leftMs = (found.until?.getTime() ?? 0) - Date.now();
    throw ApplicationFailure.create({
      message: `notification ${notificationId} is being sent by another attempt (leased until ${found.until?.toISOString()})`,
      type: 'BareunDeliveryLeased',
      nextRetryDelay: Math.max(1_000, leftMs + 1_000),
    });
  }

  /** The addresses of the recipients, each once. */
  private async addressesOf(row: OutboxRow): Promise<string[]> {
    const found = new Set<string>();
    for (const name of row.recipients) {
      for (const email of await this.directory.emailsOf(recipientOf(name), row.department_code)) found.add(email);
    }
    return [...found].sort();
  }

  /** Korean first, English below: the bodies are written so, one line each; each with the link. */
  private textOf(row: OutboxRow): string {
    const link = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/api/proposals/${row.proposal_id}`;
    const [ko, ...en] = row.body.split('\n');
    return `${ko}\n바른에서 보기: ${link}\n\n${en.join('\n')}\nOpen in Bareun: ${link}\n`;
  }
}

/**
 * One attempt's time, from what Temporal gave it: while it waits it heartbeats and renews its lease, and it
 * ends before Temporal would time it out.
 */
class Attempt {
  private readonly context = Context.current();
  private readonly startToCloseMs = this.context.info.startToCloseTimeoutMs || DEFAULT_START_TO_CLOSE_MS;
  private readonly heartbeatTimeoutMs = this.context.info.heartbeatTimeoutMs;
  private readonly endsAt = Date.now() + this.startToCloseMs;
  private renewing?: Promise<unknown>;

  constructor(private readonly renewLease: () => Promise<unknown>) {}

  /**
   * Twice the heartbeat timeout: a dead attempt's lease runs out soon after Temporal has noticed it and a
   * live one's is renewed at every beat. Without heartbeats nobody notices before the start-to-close, so the
   * lease outlasts that.
   */
  get leaseSeconds(): number {
    return Math.ceil((this.heartbeatTimeoutMs ? 2 * this.heartbeatTimeoutMs : this.startToCloseMs + 30_000) / 1000);
  }

  get cancelled(): boolean {
    return this.context.cancellationSignal.aborted;
  }

  /** Connecting, the greeting and the message, each bounded by the SMTP timeout, within the attempt's time. */
  sendBudgetMs(smtpTimeoutSeconds: number): number {
    return Math.max(1_000, Math.min(3 * smtpTimeoutSeconds * 1000, this.endsAt - RECORD_RESERVE_MS - Date.now()));
  }

  /** `work`, heartbeating meanwhile; refused after `budgetMs`, or when the attempt is cancelled. */
  async within<T>(budgetMs: number, work: Promise<T>): Promise<T> {
    const beat = setInterval(() => this.beat(), Math.max(1_000, (this.heartbeatTimeoutMs ?? 15_000) / 3));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(budgetMs / 1000)} s`)), budgetMs);
    });
    try {
      return await Promise.race([work, late, this.context.cancelled]);
    } finally {
      clearInterval(beat);
      clearTimeout(timer);
    }
  }

  /** Retries `write` (PostgreSQL away for a moment) until the attempt's time is nearly up. */
  async persistently<T>(write: () => Promise<T>): Promise<T> {
    for (;;) {
      try {
        return await this.within(this.endsAt - Date.now(), write());
      } catch (error) {
        // Given up: the lease runs out and a retry mails it again (at least once, never lost).
        if (this.cancelled || Date.now() > this.endsAt - 5_000) throw error;
        await this.within(1_000, new Promise((resolve) => setTimeout(resolve, 1_000)));
      }
    }
  }

  /** A heartbeat, and a renewal of the lease unless the last one is still under way (PostgreSQL slow or away). */
  private beat(): void {
    this.context.heartbeat();
    this.renewing ??= this.renewLease()
      .catch(() => undefined) // the next beat tries again; the lease holds a while past the last renewal
      .finally(() => (this.renewing = undefined));
  }
}
