import type { ChildProcess } from 'node:child_process';

/** @public jest's globalTeardown */
export default async function globalTeardown(): Promise<void> {
  const child = (globalThis as { testStack?: ChildProcess }).testStack;
  if (!child || child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
