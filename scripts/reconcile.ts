// `npm run reconcile [-- <proposal id>…]`: compares the read model with each workflow's state and repairs what
// differs (activities/reconcile.ts, which the daily Schedule runs too); prints what it found as JSON.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ReconcileModule, ReconcileService } from '#activities';
import { ConfigError, loadConfig, loadDotEnvIfPresent, workerConfigSchema } from '#config';
import { registerPolicyFiles } from '#policy';

try {
  loadDotEnvIfPresent();
  const config = loadConfig(workerConfigSchema);
  registerPolicyFiles();
  const app = await NestFactory.createApplicationContext(ReconcileModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    const ids = process.argv.slice(2);
    const summary = await app.get(ReconcileService).reconcile(ids.length > 0 ? ids : undefined);
    console.log(JSON.stringify(summary));
  } finally {
    await app.close();
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
