import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiUnprocessableEntityResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor, Language } from '#domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { ReaderLanguage } from '../common/reader-language.js';
import { uuidParam } from '../common/validation.js';
import { TaskView } from '../tasks/task.view.js';
import { RetryView } from './attention.view.js';
import { MetricsQuery } from './metrics.dto.js';
import { MetricsService } from './metrics.service.js';
import { AdminMetricsView } from './metrics.view.js';
import { CandidatesService } from './candidates.service.js';
import { CandidatesView, HeldTaskView } from './candidates.view.js';
import { ReassignAllDto, ReassignAllView, ReassignDto } from './reassign.dto.js';
import { ReassignService } from './reassign.service.js';
import { RetryService } from './retry.service.js';
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
    private readonly retries: RetryService,
    private readonly candidates: CandidatesService,
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
  @ApiBadRequestResponse({ description: 'from or to is not a date-time' })
  @ApiUnprocessableEntityResponse({ description: 'from is not before to' })
  metrics(@CurrentActor() actor: Actor, @Query() query: MetricsQuery) {
    return this.pipeline.metrics(actor, query);
  }

  @Get('tasks/:id/candidates')
  @Allow('admin')
  @ApiOkResponse({
    type: CandidatesView,
    description: 'who may take the task (group, not its department, no conflict, no other seat, active), least loaded first',
  })
  @ApiNotFoundResponse({ description: 'no such task' })
  @ApiConflictResponse({ description: 'the task is no longer open' })
  taskCandidates(@CurrentActor() actor: Actor, @Param('id', uuidParam()) taskId: string, @ReaderLanguage() language: Language) {
    return this.candidates.forTask(actor, taskId, language);
  }

  @Get('users/:id/tasks')
  @Allow('admin')
  @ApiOkResponse({ type: [HeldTaskView], description: "a person's open tasks, due first, each with who may take it" })
  @ApiNotFoundResponse({ description: 'no such person' })
  heldTasks(@CurrentActor() actor: Actor, @Param('id') userId: string, @ReaderLanguage() language: Language) {
    return this.candidates.heldBy(actor, userId.slice(0, 200), language);
  }

  @Post('tasks/:id/reassign')
  @HttpCode(200)
  @Allow('admin')
  @ApiOkResponse({ type: TaskView, description: 'the task, now with the new assignee; its due time is unchanged' })
  @ApiBadRequestResponse({ description: 'the new assignee may not take this task (group, department, conflict, seat)' })
  @ApiNotFoundResponse({ description: 'no such task, or no such person' })
  @ApiUnprocessableEntityResponse({ description: 'the new assignee is not active in the directory' })
  @ApiConflictResponse({ description: 'the task is no longer open, or is theirs already' })
  reassign(@CurrentActor() actor: Actor, @Param('id', uuidParam()) taskId: string, @Body() dto: ReassignDto) {
    return this.reassignment.reassign(actor, taskId, dto.assignee);
  }

  @Post('users/:id/reassign-all')
  @HttpCode(200)
  @Allow('admin')
  @ApiOkResponse({ type: ReassignAllView, description: "an absent colleague's open tasks, moved one by one" })
  @ApiBadRequestResponse({ description: 'no assignee and no assignments, or an assignment of a task they do not hold' })
  @ApiNotFoundResponse({ description: 'no such person' })
  @ApiUnprocessableEntityResponse({ description: 'the new assignee is not active in the directory' })
  reassignAll(
    @CurrentActor() actor: Actor,
    @Param('id') userId: string,
    @Body() dto: ReassignAllDto,
    @ReaderLanguage() language: Language,
  ) {
    return this.reassignment.reassignAll(actor, userId, dto, language);
  }

  @Post('proposals/:id/retry')
  @HttpCode(202)
  @Allow('admin')
  @ApiAcceptedResponse({
    type: RetryView,
    description: 'the write that needs attention is being retried; the stalled board shows whether it went through',
  })
  @ApiForbiddenResponse({ description: 'only an administrator may retry' })
  @ApiNotFoundResponse({ description: 'no such submitted proposal' })
  @ApiConflictResponse({
    description:
      'nothing_needs_attention: no write waits; attention_retry_underway: a retry runs; workflow_closed: the run ended',
  })
  retry(@CurrentActor() actor: Actor, @Param('id', uuidParam()) proposalId: string) {
    return this.retries.retry(actor, proposalId);
  }
}
