import { Module } from '@nestjs/common';
import { ApiMetrics } from './api-metrics.js';
import { HealthController } from './health.controller.js';
import { LifecycleCollectors } from './lifecycle-collectors.js';
import { MetricsController } from './metrics.controller.js';

/** What orchestrators and Prometheus read: liveness and readiness, and the metrics. */
@Module({ controllers: [HealthController, MetricsController], providers: [ApiMetrics, LifecycleCollectors] })
export class HealthModule {}
