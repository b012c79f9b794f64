// PostgreSQL and Temporal for a development or test run: the configured servers when DATABASE_URL and
// TEMPORAL_ADDRESS are set, embedded ones otherwise; migrated and seeded either way.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureAppRole, runMigrations, seedDemo } from '#persistence';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { folderSecret } from './folder-secret.js';
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
  /** The owner's: migrations, the demo seed, and tests that read or tamper behind the application. */
  databaseUrl: string;
  /** The least-privileged role's, for the API and the worker (libs/persistence/src/app-role.ts). */
  appDatabaseUrl: string;
  temporalAddress: string;
  temporalUiUrl?: string;
  stop(): Promise<void>;
}

/** The role the API and worker connect as on the embedded PostgreSQL. */
const APP_ROLE = 'bareun_app';

export async function startStack(options: StackOptions): Promise<Stack> {
  const env = options.env ?? process.env;
  const log = options.log ?? (() => {});
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const stopOne of stops.reverse()) await stopOne().catch((error) => log(`while stopping: ${error}`));
  };
  try {
    // Configured: DATABASE_MIGRATION_URL is the owner's and DATABASE_URL the application's (or the one URL for both).
    let databaseUrl = env.DATABASE_MIGRATION_URL || env.DATABASE_URL;
    let appDatabaseUrl = env.DATABASE_URL;
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
      const app = new URL(postgres.url);
      app.username = APP_ROLE;
      app.password = folderSecret(options.dataDir, 'postgres-app-password');
      appDatabaseUrl = app.toString();
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
    appDatabaseUrl ??= databaseUrl;
    await ensureAppRole(databaseUrl, appDatabaseUrl);
    await seedDemo(databaseUrl);
    return { databaseUrl, appDatabaseUrl, temporalAddress, temporalUiUrl, stop };
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
