// A Temporal dev server (the `temporal` CLI's start-dev: SQLite, Web UI), started through the SDK so a
// machine with the web can fall back to the SDK's own download of the CLI.
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { SEARCH_ATTRIBUTES } from '#domain';
import { resolveBinary, TEMPORAL_CLI } from './binaries.js';

export interface DevServerOptions {
  /** SQLite file that keeps workflows across restarts; in memory when absent. */
  dbFilename?: string;
  port?: number;
  /** Web UI port; no UI when absent. */
  uiPort?: number;
  namespace?: string;
  log?: (message: string) => void;
}

export interface RunningTemporal {
  address: string;
  uiUrl?: string;
  stop(): Promise<void>;
}

export async function startTemporalDevServer(options: DevServerOptions = {}): Promise<RunningTemporal> {
  const path = resolveBinary(TEMPORAL_CLI, options.log);
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: path ? { type: 'existing-path', path } : undefined,
      dbFilename: options.dbFilename,
      port: options.port,
      ui: options.uiPort !== undefined,
      uiPort: options.uiPort,
      namespace: options.namespace ?? 'default',
      searchAttributes: SEARCH_ATTRIBUTES,
      extraArgs: ['--log-level', 'warn'],
    },
  });
  return {
    address: env.address,
    uiUrl: options.uiPort !== undefined ? `http://localhost:${options.uiPort}` : undefined,
    stop: () => env.teardown(),
  };
}
