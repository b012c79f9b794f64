import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../../../../libs/domain/src/index.js';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { MetricsQuery } from './metrics.dto.js';
import { MetricsService } from './metrics.service.js';
import { AdminMetricsView } from './metrics.view.js';
import { StalledQuery } from './stalled.dto.js';
import { StalledService } from './stalled.service.js';
import { StalledPageView } from './stalled.view.js';

@ApiTags('admin')
@Controller('api/admin')
export class AdminController {
  constructor(
    private readonly stalledWork: StalledService,
    private readonly pipeline: MetricsService,
  ) {}

  @Get('stalled')
  @Allow('admin')
  @ApiOkResponse({
    type: StalledPageView,
    description: 'open tasks and department waits past their due time or idle past the threshold, longest waiting first',
  })
  @ApiBadRequestResponse({ description: 'a filter is invalid; the message names it' })
  stalled(@CurrentActor() actor: Actor, @Query() query: StalledQuery) {
    return this.stalledWork.list(actor, query);
  }

  @Get('metrics')
  @Allow('admin')
  @ApiOkResponse({ type: AdminMetricsView })
  @ApiBadRequestResponse({ description: 'from or to is not a date-time, or from is not before to' })
  metrics(@CurrentActor() actor: Actor, @Query() query: MetricsQuery) {
    return this.pipeline.metrics(actor, query);
  }
}
