// The HTTP API. Stateless: every replica talks to the same PostgreSQL and Temporal.
import './start-tracing.js';
import 'reflect-metadata';
import { PolicyFileError, registerPolicyFiles } from '#policy';
import { apiConfigSchema, ConfigError, loadConfig, loadDotEnvIfPresent } from '#config';
import { logLine } from '#logging';
import { createApp } from './app.factory.js';
import { ApiMetrics } from './health/api-metrics.js';
import { serveMetrics } from './health/metrics-server.js';

async function main(): Promise<void> {
  loadDotEnvIfPresent();
  const config = loadConfig(apiConfigSchema);
  registerPolicyFiles();
  const app = await createApp(config);
  await (config.HOST ? app.listen(config.PORT, config.HOST) : app.listen(config.PORT));
  const host = config.HOST ?? 'every interface';
  logLine('api', 'info', `api listening on port ${config.PORT} of ${host} (docs at /docs)`, { port: config.PORT, host });
  // Ends with the process: on SIGTERM Nest closes the app, then lets the signal end the process.
  await serveMetrics(app.get(ApiMetrics), config);
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof PolicyFileError ? error.message : error);
  process.exit(1);
});
