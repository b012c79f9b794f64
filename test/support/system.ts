// The system under test, in its production shape: the built worker and API as child processes against
// the run's PostgreSQL and Temporal. Each test file gets its own task queue, so killing its worker is a
// real crash that no other file's worker quietly covers.
import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { signToken } from '#auth';
import { freePort, freshCodecKeys, newDigestSigningKey, spawnNode, stopProcess, waitForHttpOk } from '#dev-stack';
import { DEMO_USERS } from '#persistence';

/** The test run's audit key: the test's own activities (support/activities.ts) key entries as the worker does. */
export const TEST_AUDIT_HMAC_KEY = 'a-test-audit-key-of-at-least-32-characters';

/** Both audit keys, as a test that loads the worker's configuration itself needs them. */
export const TEST_AUDIT_KEYS = { AUDIT_HMAC_KEY: TEST_AUDIT_HMAC_KEY, AUDIT_DIGEST_SIGNING_KEY: newDigestSigningKey() };

export type DemoUserId = (typeof DEMO_USERS)[number]['id'];

export interface Reply<T = any> {
  status: number;
  body: T;
}

export class System {
  readonly db: pg.Pool;
  private worker?: ChildProcess;
  private supervised = false;
  private api?: ChildProcess;
  private readonly env: NodeJS.ProcessEnv;
  readonly logs: string[] = [];

  private constructor(
    private readonly port: number,
    readonly secret: string,
    extraEnv: NodeJS.ProcessEnv,
    ownDatabaseUrl?: string,
  ) {
    const databaseUrl = process.env.TEST_DATABASE_URL;
    const appDatabaseUrl = process.env.TEST_APP_DATABASE_URL ?? databaseUrl;
    const temporalAddress = process.env.TEST_TEMPORAL_ADDRESS;
    if (!databaseUrl || !temporalAddress) throw new Error('the test stack is not running (see test/support/global-setup.ts)');
    this.env = {
      ...process.env,
      DATABASE_URL: appDatabaseUrl,
      TEMPORAL_ADDRESS: temporalAddress,
      TEMPORAL_TASK_QUEUE: `test-${randomUUID()}`,
      PORT: String(port),
      AUTH_JWT_SECRET: secret,
      ...TEST_AUDIT_KEYS,
      TEMPORAL_CODEC_KEYS: freshCodecKeys('test'),
      // the web console's demo-user picker, as under `npm start`; never beside the city's sign-on
      DEV_SIGN_IN: extraEnv.AUTH_JWKS_URL ? '' : 'true',
      ...extraEnv,
    };
    this.db = new pg.Pool({ connectionString: ownDatabaseUrl ?? databaseUrl, max: 2 });
    this.db.on('error', () => {}); // an idle connection ended by a stopping server: the next query reconnects
  }

  /**
   * `env` adds to or overrides the api's and worker's environment (POLICY_DIR, say); `database` is the URL the
   * test itself reads the records at when the system runs on a PostgreSQL of the test's own.
   */
  static async start(env: NodeJS.ProcessEnv = {}, database?: string): Promise<System> {
    const system = new System(await freePort(), randomBytes(32).toString('hex'), env, database);
    system.startWorker();
    system.api = spawnNode({
      name: 'api',
      entry: 'dist/apps/api/src/main.js',
      env: system.env,
      output: (l) => system.logs.push(l),
    });
    await waitForHttpOk(`http://localhost:${system.port}/health`);
    return system;
  }

  startWorker(): void {
    const worker = spawnNode({
      name: 'worker',
      entry: 'dist/apps/worker/src/main.js',
      env: this.env,
      output: (l) => this.logs.push(l),
    });
    this.worker = worker;
    worker.once('exit', (code, signal) => {
      if (!this.supervised || this.worker !== worker) return; // killed or stopped on purpose
      this.logs.push(`[supervisor] the worker exited (${signal ?? code}); starting it again in 1 s`);
      setTimeout(() => this.supervised && this.worker === worker && this.startWorker(), 1_000);
    });
  }

  /**
   * From now on a worker that exits by itself (it gives up when Temporal is unreachable as it starts) is
   * started again, as a process supervisor would in production; killWorker's crashes are left to the test.
   */
  superviseWorker(): void {
    this.supervised = true;
  }

  /** SIGKILL: the worker gets no chance to finish anything, as in a crash. */
  async killWorker(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await stopProcess(worker, 'SIGKILL');
  }

  async stop(): Promise<void> {
    this.supervised = false;
    await Promise.all([this.worker, this.api].map((child) => child && stopProcess(child)));
    await this.db.end();
  }

  token(userId: DemoUserId, overrides: Partial<{ dept: string; roles: string[] }> = {}): string {
    const user = DEMO_USERS.find((u) => u.id === userId)!;
    return signToken(
      {
        sub: user.id,
        name: user.name,
        roles: user.roles,
        dept: user.departmentCode,
        domains: user.domains,
        ...overrides,
      } as never,
      this.secret,
    );
  }

  /** The audit keys the API and the worker have, for a script run beside them (`npm run reconcile`). */
  get auditKeys(): { AUDIT_HMAC_KEY: string; AUDIT_DIGEST_SIGNING_KEY: string } {
    return { AUDIT_HMAC_KEY: this.env.AUDIT_HMAC_KEY!, AUDIT_DIGEST_SIGNING_KEY: this.env.AUDIT_DIGEST_SIGNING_KEY! };
  }

  /** What the API and the worker connect as: the least-privileged role (or a test's own database). */
  get appDatabaseUrl(): string {
    return this.env.DATABASE_URL!;
  }

  /** The payload-codec keys the API and the worker seal with: a test's own Temporal client needs them to read. */
  get codecKeys(): string {
    return this.env.TEMPORAL_CODEC_KEYS!;
  }

  /** This file's own task queue, which its worker polls. */
  get taskQueue(): string {
    return this.env.TEMPORAL_TASK_QUEUE!;
  }

  get baseUrl(): string {
    return `http://localhost:${this.port}`;
  }

  async call<T = any>(
    method: string,
    path: string,
    options: { as?: DemoUserId; token?: string; body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Reply<T>> {
    const token = options.token ?? (options.as && this.token(options.as));
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...options.headers,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
    });
    const text = await response.text();
    const json = response.headers.get('content-type')?.startsWith('application/json');
    return { status: response.status, body: json && text ? JSON.parse(text) : text || undefined };
  }

  /** Polls until `read` returns something `done` accepts; for what the workflow does asynchronously. */
  async eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline)
        throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
