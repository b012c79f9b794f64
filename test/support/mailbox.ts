// A real SMTP server for the tests (npm smtp-server): it keeps what it receives, and refuses the next
// `refuse(n)` deliveries with a temporary error, as a busy mail server does.
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '#dev-stack';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  messageId: string;
  /** When the server answered OK (Date.now()). */
  at: number;
}

export class Mailbox {
  readonly received: ReceivedMail[] = [];
  refusals = 0;
  /** Runs before the server accepts a delivery (a test's fault, made at that very moment). */
  beforeAccepting?: () => Promise<void>;
  private refusing = 0;

  private constructor(
    private readonly server: SMTPServer,
    readonly port: number,
  ) {}

  static async start(): Promise<Mailbox> {
    const port = await freePort();
    const box: { mailbox?: Mailbox } = {};
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        void simpleParser(stream).then(async (mail) => {
          if (box.mailbox!.refusing > 0) {
            box.mailbox!.refusing -= 1;
            box.mailbox!.refusals += 1;
            const busy = Object.assign(new Error('mailbox busy, try again later'), { responseCode: 451 });
            return callback(busy);
          }
          await box.mailbox!.beforeAccepting?.();
          box.mailbox!.received.push({
            to: session.envelope.rcptTo.map((r) => r.address).sort(),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            messageId: mail.messageId ?? '',
            at: Date.now(),
          });
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    box.mailbox = new Mailbox(server, port);
    return box.mailbox;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The next `count` deliveries are refused with 451. */
  refuse(count: number): void {
    this.refusing = count;
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
