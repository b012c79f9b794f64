import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators.js';
import { ApiMetrics } from './api-metrics.js';

/** Prometheus' scrape target. Public like /health: counts and durations only, no personal data. */
@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: ApiMetrics) {}

  @Get()
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description: 'Prometheus text format: stage durations, open tasks, escalations, decisions, request durations',
  })
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
