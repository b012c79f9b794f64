// PostgreSQL and Temporal for a development or test run: the configured servers when DATABASE_URL and
// TEMPORAL_ADDRESS are set, embedded ones otherwise; migrated and seeded either way.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMigrations, seedDemo } from '#persistence';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { freePort } from './processes.js';
import { startTemporalDevServer } from './temporal-dev-server.js';

export interface StackOptions {
  /** Embedded servers keep their data here; tests use a fresh temporary folder. */
  dataDir: string;
  persistent: boolean;
  postgresPort: number;
  temporalPort: number;
  /** Temporal Web UI port; no UI when absent. */
  temporalUiPort?: number;
  env?: NodeJS.ProcessEnv;
  log?: (message: string) => void;
}

export interface Stack {
  databaseUrl: string;
  temporalAddress: string;
  temporalUiUrl?: string;
  stop(): Promise<void>;
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne().catch((error) => log(`while stopping: ${error}`));
  };
  try {
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      log(`starting embedded PostgreSQL on port ${options.postgresPort} (data in ${join(options.dataDir, 'postgres')})`);
      const postgres = await startEmbeddedPostgres({
        dataDir: join(options.dataDir, 'postgres'),
        port: options.postgresPort,
        database: 'bareun',
        persistent: options.persistent,
        log,
      });
      stops.push(postgres.stop);
      databaseUrl = postgres.url;
    }
    let temporalAddress = env.TEMPORAL_ADDRESS;
    let temporalUiUrl: string | undefined;
    if (!temporalAddress) {
      log(`starting the Temporal dev server on port ${options.temporalPort}`);
      const temporal = await startTemporalDevServer({
        dbFilename: options.persistent ? join(options.dataDir, 'temporal.sqlite') : undefined,
        port: options.temporalPort,
        uiPort: options.temporalUiPort,
        namespace: env.TEMPORAL_NAMESPACE,
        log,
      });
      stops.push(temporal.stop);
      temporalAddress = temporal.address;
      temporalUiUrl = temporal.uiUrl;
    }
    await runMigrations(databaseUrl);
    await seedDemo(databaseUrl);
    return { databaseUrl, temporalAddress, temporalUiUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * A stack for one run of the tests or a benchmark: embedded servers (unless configured) on free ports, in a
 * fresh temporary folder that stop() removes.
 */
export async function startThrowawayStack(name: string, log?: (message: string) => void): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), `bareun-${name}-`));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as another user who must reach its folder
  const stack = await startStack({
    dataDir,
    persistent: false,
    postgresPort: await freePort(),
    temporalPort: await freePort(),
    log,
  });
  return {
    ...stack,
    stop: async () => {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
