// The HTTP API. Stateless: every replica talks to the same PostgreSQL and Temporal.
import 'reflect-metadata';
import { PolicyFileError, registerPolicyFiles } from '#policy';
import { apiConfigSchema, ConfigError, loadConfig, loadDotEnvIfPresent } from '#config';
import { logLine } from '#logging';
import { createApp } from './app.factory.js';

async function main(): Promise<void> {
  loadDotEnvIfPresent();
  const config = loadConfig(apiConfigSchema);
  registerPolicyFiles();
  const app = await createApp(config);
  await app.listen(config.PORT);
  logLine('api', 'info', `api listening on http://localhost:${config.PORT} (docs at /docs)`, { port: config.PORT });
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof PolicyFileError ? error.message : error);
  process.exit(1);
});
