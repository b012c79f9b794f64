// The Temporal worker: runs the lifecycle workflows and their activities. Stateless; run as many as needed.
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import { NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { activityFunctions, LifecycleActivitiesService, NotificationDeliveryService } from '#activities';
import { PolicyFileError, registerPolicyFiles } from '#policy';
import { ConfigError, loadConfig, loadDotEnvIfPresent, workerConfigSchema } from '#config';
import { ensureSearchAttributes } from '#temporal';
import { JsonLogger, logLine } from '#logging';
import { activityLogging, sdkLogger } from './worker-logging.js';
import { WorkerModule } from './worker.module.js';

/** The bundle `npm run build` makes; without it (a bare `swc` build) the worker bundles at start. */
function workflowSource() {
  const bundle = fileURLToPath(new URL('../../../workflow-bundle.js', import.meta.url));
  if (existsSync(bundle)) return { workflowBundle: { codePath: bundle } };
  return { workflowsPath: fileURLToPath(new URL('../../../workflows/index.js', import.meta.url)) };
}

async function main(): Promise<void> {
  loadDotEnvIfPresent();
  const config = loadConfig(workerConfigSchema);
  registerPolicyFiles();
  Runtime.install({ logger: sdkLogger });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: new JsonLogger('worker') });
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  try {
    await ensureSearchAttributes(connection, config.TEMPORAL_NAMESPACE);
    const worker = await Worker.create({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      maxCachedWorkflows: config.TEMPORAL_MAX_CACHED_WORKFLOWS,
      activities: activityFunctions(app.get(LifecycleActivitiesService), app.get(NotificationDeliveryService)),
      interceptors: { activity: [activityLogging] },
      ...workflowSource(),
    });
    if (!config.SMTP_URL) logLine('worker', 'warn', 'SMTP_URL is not set: notifications wait in the outbox, unsent');
    logLine('worker', 'info', `worker polling task queue '${config.TEMPORAL_TASK_QUEUE}'`, { address: config.TEMPORAL_ADDRESS });
    await worker.run(); // returns after SIGINT/SIGTERM, once in-flight tasks are done
  } finally {
    await connection.close();
    await app.close();
  }
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof PolicyFileError ? error.message : error);
  process.exit(1);
});
