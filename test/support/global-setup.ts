// Once per jest run: PostgreSQL and Temporal (embedded unless DATABASE_URL / TEMPORAL_ADDRESS are set),
// in a child process. Test files read their addresses from the environment.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** @public jest's globalSetup */
export default async function globalSetup(): Promise<void> {
  const child = spawn(process.execPath, ['dist/tools/test-stack.js'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const ready = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the test stack exited (${code}) before it was ready`)));
    // The Temporal dev server writes its banner to the same stdout, sometimes before our line.
    createInterface({ input: child.stdout! }).on('line', (line) => line.startsWith('{"databaseUrl"') && resolve(line));
  });
  const { databaseUrl, appDatabaseUrl, temporalAddress } = JSON.parse(ready) as Record<string, string>;
  process.env.TEST_DATABASE_URL = databaseUrl; // the owner's: tests read, and tamper, behind the application
  process.env.TEST_APP_DATABASE_URL = appDatabaseUrl; // the least-privileged role's, for the API and the worker
  process.env.TEST_TEMPORAL_ADDRESS = temporalAddress;
  (globalThis as { testStack?: typeof child }).testStack = child;
}
