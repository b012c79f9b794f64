import { Module } from '@nestjs/common';
import { ApiMetrics } from './api-metrics.js';
import { HealthController } from './health.controller.js';
import { LifecycleCollectors } from './lifecycle-collectors.js';

/** What orchestrators and Prometheus read: liveness and readiness, and the metrics (served by metrics-server.ts). */
@Module({ controllers: [HealthController], providers: [ApiMetrics, LifecycleCollectors] })
export class HealthModule {}
