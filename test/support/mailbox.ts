// A real SMTP server for the tests (npm smtp-server): it keeps what it receives, refuses the next
// `refuse(n)` deliveries with a temporary error, as a busy mail server does, and after `stall()` holds every
// delivery unanswered once its message is in, as a mail server that hangs, until `answer()`. A delivery whose
// sender hung up while it was held is not kept: the sender timed out and will try again.
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
  private gate?: { opened: Promise<void>; open: () => void };
  private heldNow = 0;
  private stallingNext = 0;
  /** Per held delivery's connection: what its hanging up resolves. */
  private readonly hangUps = new Map<string, () => void>();

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
      onClose(session) {
        box.mailbox!.hangUps.get(session.id)?.();
      },
      onData(stream, session, callback) {
        void simpleParser(stream).then(async (mail) => {
          if (!(await box.mailbox!.hold(session.id))) return callback(new Error('the sender hung up'));
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

  /** Waits while the server stalls; false when the sender hung up meanwhile. */
  private async hold(sessionId: string): Promise<boolean> {
    const stallOnce = this.stallingNext > 0 ? new Promise<void>(() => {}) : undefined; // never answered
    if (stallOnce) this.stallingNext -= 1;
    const waiting = stallOnce ?? this.gate?.opened;
    if (!waiting) return true;
    this.heldNow += 1;
    const hungUp = new Promise<boolean>((resolve) => this.hangUps.set(sessionId, () => resolve(false)));
    const answered = await Promise.race([waiting.then(() => true), hungUp]);
    this.hangUps.delete(sessionId);
    this.heldNow -= 1;
    return answered;
  }

  /** From now on every delivery is held unanswered, once its message is in, until `answer()`. */
  stall(): void {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    this.gate = { opened, open };
  }

  /** The held deliveries are answered (accepted), and the next ones at once. */
  answer(): void {
    this.gate?.open();
    this.gate = undefined;
  }

  /** The next `count` deliveries are never answered: their senders must give up. */
  neverAnswer(count: number): void {
    this.stallingNext = count;
  }

  /** Deliveries held unanswered right now. */
  get held(): number {
    return this.heldNow;
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
