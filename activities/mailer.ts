// Email over SMTP (nodemailer), for the delivery of notifications. Without SMTP_URL there is no mailer:
// notifications then wait in the outbox.
import nodemailer from 'nodemailer';
import type { MailConfig } from '#config';

export const MAILER = Symbol('MAILER');
export const MAIL_CONFIG = Symbol('MAIL_CONFIG');

interface Mail {
  /** Our notification's id: a receiver can tell a repeated delivery by it. */
  messageId: string;
  to: string[];
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export function smtpMailer(config: MailConfig): Mailer | null {
  if (!config.SMTP_URL) return null;
  // Each bound is SMTP_TIMEOUT_SECONDS, not nodemailer's defaults (2 minutes to connect, 10 of silence),
  // which outlast the delivery's start-to-close: a silent server then ends the attempt, not the activity.
  const timeout = config.SMTP_TIMEOUT_SECONDS * 1000;
  const transport = nodemailer.createTransport({
    url: config.SMTP_URL,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
    dnsTimeout: timeout,
  });
  return {
    async send({ messageId, to, subject, text }) {
      await transport.sendMail({ from: config.MAIL_FROM, to, subject, text, messageId });
    },
  };
}
