import { Module } from '@nestjs/common';
import { AdminController } from './admin.controller.js';
import { CandidatesService } from './candidates.service.js';
import { MetricsService } from './metrics.service.js';
import { ReassignService } from './reassign.service.js';
import { RetryService } from './retry.service.js';
import { StalledService } from './stalled.service.js';
import { TemporalCodecController } from './temporal-codec.controller.js';

/**
 * The administrators' desk: stalled work and what needs attention, reassignment and its candidates, retries, the pipeline's metrics;
 * and the Temporal UI's codec endpoint.
 */
@Module({
  controllers: [AdminController, TemporalCodecController],
  providers: [StalledService, MetricsService, ReassignService, RetryService, CandidatesService],
})
export class AdminModule {}
