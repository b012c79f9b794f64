// A Temporal dev server of a test file's own, keeping its state in a SQLite file, so the file can stop it
// and start it again on the same port and find every workflow where it was. Run as a plain child process
// of the CLI (not through the SDK's native bridge, which stays out of jest).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Connection } from '@temporalio/client';
import { freePort, resolveBinary, stopProcess, TEMPORAL_CLI } from '#dev-stack';
import { SEARCH_ATTRIBUTES } from '#domain';

/** `KEYWORD` → `Keyword`, as the CLI's --search-attribute spells types. */
const cliType = (type: string) => type.charAt(0) + type.slice(1).toLowerCase();

export class FileBackedTemporal {
  private child?: ChildProcess;
  private readonly dir = mkdtempSync(join(tmpdir(), 'bareun-temporal-'));

  private constructor(
    readonly port: number,
    private readonly httpPort: number,
    private readonly binary: string,
  ) {}

  static async start(): Promise<FileBackedTemporal> {
    const binary = resolveBinary(TEMPORAL_CLI);
    if (!binary) throw new Error('no Temporal CLI: run npm run install:temporal');
    const server = new FileBackedTemporal(await freePort(), await freePort(), binary);
    await server.resume();
    return server;
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Starts the server on its port and file (again), and returns once it answers. */
  async resume(): Promise<void> {
    const attributes = SEARCH_ATTRIBUTES.flatMap((key) => ['--search-attribute', `${key.name}=${cliType(key.type)}`]);
    this.child = spawn(
      this.binary,
      [
        'server',
        'start-dev',
        '--headless',
        '--ip',
        '127.0.0.1',
        '--port',
        String(this.port),
        '--http-port',
        String(this.httpPort),
      ].concat(['--db-filename', join(this.dir, 'temporal.sqlite'), '--log-level', 'error', ...attributes]),
      { stdio: 'ignore' }, // its own log is noise here; a server that fails to start shows as a timeout
    );
    await this.waitUntilServing();
  }

  /** SIGTERM: the server shuts down as an operator's restart would. */
  async halt(): Promise<void> {
    if (this.child) await stopProcess(this.child);
    this.child = undefined;
  }

  async stop(): Promise<void> {
    await this.halt();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async waitUntilServing(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const connection = await Connection.connect({ address: this.address, connectTimeout: 1_000 });
        try {
          await connection.workflowService.getSystemInfo({});
          return;
        } finally {
          await connection.close();
        }
      } catch (error) {
        if (this.child && this.child.exitCode !== null)
          throw new Error(`the Temporal dev server exited (${this.child.exitCode})`, { cause: error });
        if (Date.now() > deadline)
          throw new Error(`the Temporal dev server did not answer within ${timeoutMs} ms`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }
}
