import { Module } from '@nestjs/common';
import { AdminController } from './admin.controller.js';
import { MetricsService } from './metrics.service.js';
import { ReassignService } from './reassign.service.js';
import { StalledService } from './stalled.service.js';

/** The administrators' desk: stalled work, reassignment, the pipeline's metrics. */
@Module({ controllers: [AdminController], providers: [StalledService, MetricsService, ReassignService] })
export class AdminModule {}
