import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor, Language } from '#domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { ReaderLanguage } from '../common/reader-language.js';
import { uuidParam } from '../common/validation.js';
import { TaskView } from '../tasks/task.view.js';
import { MetricsQuery } from './metrics.dto.js';
import { MetricsService } from './metrics.service.js';
import { AdminMetricsView } from './metrics.view.js';
import { ReassignAllView, ReassignDto } from './reassign.dto.js';
import { ReassignService } from './reassign.service.js';
import { StalledQuery } from './stalled.dto.js';
import { StalledService } from './stalled.service.js';
import { StalledPageView } from './stalled.view.js';

@ApiTags('admin')
@Controller('api/admin')
export class AdminController {
  constructor(
    private readonly stalledWork: StalledService,
    private readonly pipeline: MetricsService,
    private readonly reassignment: ReassignService,
  ) {}

  @Get('stalled')
  @Allow('admin')
  @ApiOkResponse({
    type: StalledPageView,
    description: 'open tasks and department waits past their due time or idle past the threshold, longest waiting first',
  })
  @ApiBadRequestResponse({ description: 'a filter is invalid; fields names it' })
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

  @Post('tasks/:id/reassign')
  @HttpCode(200)
  @Allow('admin')
  @ApiOkResponse({ type: TaskView, description: 'the task, now with the new assignee; its due time is unchanged' })
  @ApiBadRequestResponse({ description: 'the new assignee may not take this task (group, department, conflict, seat)' })
  @ApiNotFoundResponse({ description: 'no such task, or no such person' })
  @ApiConflictResponse({ description: 'the task is no longer open, or is theirs already' })
  reassign(@CurrentActor() actor: Actor, @Param('id', uuidParam()) taskId: string, @Body() dto: ReassignDto) {
    return this.reassignment.reassign(actor, taskId, dto.assignee);
  }

  @Post('users/:id/reassign-all')
  @HttpCode(200)
  @Allow('admin')
  @ApiOkResponse({ type: ReassignAllView, description: "an absent colleague's open tasks, moved one by one" })
  @ApiNotFoundResponse({ description: 'no such person' })
  reassignAll(
    @CurrentActor() actor: Actor,
    @Param('id') userId: string,
    @Body() dto: ReassignDto,
    @ReaderLanguage() language: Language,
  ) {
    return this.reassignment.reassignAll(actor, userId, dto.assignee, language);
  }
}
