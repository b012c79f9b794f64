// The Temporal worker: runs the lifecycle workflows and their activities, and on a second task queue the
// email deliveries, each with slots of its own. Stateless; run as many as needed.
import './start-tracing.js';
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import { bundleWorkflowCode, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import {
  activityFunctions,
  AttentionActivitiesService,
  attentionActivityFunctions,
  auditDigestActivityFunctions,
  AuditDigestService,
  LifecycleActivitiesService,
  mailActivityFunctions,
  NotificationDeliveryService,
  ReconcileService,
} from '#activities';
import { PolicyFileError, registerPolicyFiles } from '#policy';
import { ConfigError, loadConfig, loadDotEnvIfPresent, type WorkerConfig, workerConfigSchema } from '#config';
import { mailTaskQueue } from '#domain';
import {
  dataConverterOf,
  ensureAuditDigestSchedule,
  ensureReconcileSchedule,
  ensureSearchAttributes,
  TemporalClientService,
  temporalConnectionOptions,
  workflowBundleOptions,
} from '#temporal';
import { JsonLogger, logLine } from '#logging';
import { tracingActivityInterceptors } from '#tracing';
import { boundedWriteRetries } from './bounded-retries.js';
import { activityLogging, sdkLogger } from './worker-logging.js';
import { WorkerModule } from './worker.module.js';

/**
 * The bundle `npm run build` makes; without it (a bare `swc` build) the worker bundles at start, with the same
 * payload converter and interceptor (not through Worker.create, which would `require()` the ESM converter).
 */
async function workflowSource() {
  const bundle = fileURLToPath(new URL('../../../workflow-bundle.js', import.meta.url));
  if (existsSync(bundle)) return { workflowBundle: { codePath: bundle } };
  return { workflowBundle: await bundleWorkflowCode(workflowBundleOptions()) };
}

/** The SDK's metrics (workflow task and activity failures, schedule-to-start, sticky cache) for Prometheus. */
function telemetryOptions(config: WorkerConfig) {
  const bindAddress = config.TEMPORAL_METRICS_BIND_ADDRESS;
  return bindAddress ? { telemetryOptions: { metrics: { prometheus: { bindAddress } } } } : {};
}

/** Running tasks get the grace time to finish once a stop is asked; past it, a little more to wind down. */
function shutdownOptions(config: WorkerConfig) {
  const grace = config.WORKER_SHUTDOWN_GRACE_SECONDS;
  return { shutdownGraceTime: grace * 1000, shutdownForceTime: (grace + 15) * 1000 };
}

async function main(): Promise<void> {
  loadDotEnvIfPresent();
  const config = loadConfig(workerConfigSchema);
  registerPolicyFiles();
  Runtime.install({ logger: sdkLogger, ...telemetryOptions(config) });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: new JsonLogger('worker') });
  const connection = await NativeConnection.connect(temporalConnectionOptions(config));
  try {
    await ensureSearchAttributes(connection, config.TEMPORAL_NAMESPACE);
    const delivery = app.get(NotificationDeliveryService);
    const common = {
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      // Sealed both ways: what the worker hands Temporal, and what it takes from it (docs/security.md#temporal).
      dataConverter: dataConverterOf(config),
      // Tracing (when on) outermost: an attempt's span holds all of it, its log line and a write given up.
      interceptors: { activity: [...tracingActivityInterceptors(), activityLogging] },
    };
    const lifecycle = await Worker.create({
      ...common,
      ...shutdownOptions(config),
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      maxCachedWorkflows: config.TEMPORAL_MAX_CACHED_WORKFLOWS,
      // One slot per database connection: a lifecycle write never waits for a connection with its slot taken.
      maxConcurrentActivityTaskExecutions: config.DATABASE_POOL_SIZE,
      activities: {
        ...activityFunctions(app.get(LifecycleActivitiesService)),
        ...attentionActivityFunctions(app.get(AttentionActivitiesService), app.get(ReconcileService)),
        ...auditDigestActivityFunctions(app.get(AuditDigestService)),
      },
      interceptors: { activity: [...common.interceptors.activity, boundedWriteRetries(config.WRITE_ATTEMPTS)] },
      ...(await workflowSource()),
    });
    const mail = await Worker.create({
      ...common,
      ...shutdownOptions(config),
      taskQueue: mailTaskQueue(config.TEMPORAL_TASK_QUEUE),
      maxConcurrentActivityTaskExecutions: config.MAIL_CONCURRENCY,
      activities: mailActivityFunctions(delivery),
    });
    const client = await app.get(TemporalClientService).client();
    await ensureReconcileSchedule(client, config.TEMPORAL_TASK_QUEUE, config.RECONCILE_DAILY_AT);
    await ensureAuditDigestSchedule(client, config.TEMPORAL_TASK_QUEUE, config.AUDIT_DIGEST_DAILY_AT);
    if (!config.SMTP_URL) logLine('worker', 'warn', 'SMTP_URL is not set: notifications wait in the outbox, unsent');
    logLine(
      'worker',
      'info',
      `worker polling task queues '${config.TEMPORAL_TASK_QUEUE}' and '${mailTaskQueue(config.TEMPORAL_TASK_QUEUE)}'`,
      {
        address: config.TEMPORAL_ADDRESS,
        metrics: config.TEMPORAL_METRICS_BIND_ADDRESS,
      },
    );
    await runTogether([lifecycle, mail]); // returns after SIGINT/SIGTERM, once in-flight tasks are done
  } finally {
    await connection.close();
    await app.close();
  }
}

/** Runs the workers until a stop signal; should one fail, the other stops too, and the failure is thrown. */
async function runTogether(workers: Worker[]): Promise<void> {
  const runs = workers.map((worker) =>
    worker.run().catch((error: unknown) => {
      for (const other of workers) if (other.getState() === 'RUNNING') other.shutdown();
      throw error;
    }),
  );
  const results = await Promise.allSettled(runs);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof PolicyFileError ? error.message : error);
  process.exit(1);
});
