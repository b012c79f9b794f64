import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { Idempotent } from '../common/idempotency.interceptor.js';
import { TaskListQuery } from '../common/params.js';
import { uuidParam } from '../common/validation.js';
import { CompleteTaskDto } from './task.dto.js';
import { InboxTaskView, TaskView } from './task.view.js';
import { TasksService } from './tasks.service.js';

const id = uuidParam();

@ApiTags('tasks')
@Controller('api/tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @Allow('foundation_expert', 'ethics_officer')
  @ApiOkResponse({
    type: [InboxTaskView],
    description: "my tasks and my candidate groups' open tasks, due first; the whole count in X-Total-Count",
    headers: { 'X-Total-Count': { schema: { type: 'integer' }, description: 'tasks matching, over all pages' } },
  })
  @ApiBadRequestResponse({ description: 'a filter or the paging is invalid; fields names it' })
  async inbox(@CurrentActor() actor: Actor, @Query() query: TaskListQuery, @Res({ passthrough: true }) response: Response) {
    const { items, total } = await this.tasks.inbox(actor, query);
    response.setHeader('X-Total-Count', String(total));
    return items;
  }

  @Post(':id/claim')
  @HttpCode(200)
  @Allow('foundation_expert', 'ethics_officer')
  @ApiOkResponse({ type: TaskView })
  @ApiNotFoundResponse({ description: 'no such task' })
  @ApiConflictResponse({ description: 'claimed by someone else, or no longer open' })
  claim(@CurrentActor() actor: Actor, @Param('id', id) taskId: string) {
    return this.tasks.claim(actor, taskId);
  }

  @Post(':id/release')
  @HttpCode(200)
  @Allow('foundation_expert', 'ethics_officer', 'admin')
  @ApiOkResponse({ type: TaskView })
  @ApiNotFoundResponse({ description: 'no such task' })
  @ApiConflictResponse({ description: 'not claimed, or no longer open' })
  release(@CurrentActor() actor: Actor, @Param('id', id) taskId: string) {
    return this.tasks.release(actor, taskId);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Allow('foundation_expert', 'ethics_officer')
  @Idempotent()
  @ApiOkResponse({ type: TaskView, description: 'the decision is recorded; the read model already shows it' })
  @ApiBadRequestResponse({ description: 'the body is invalid, or the decision is not one this task takes' })
  @ApiNotFoundResponse({ description: 'no such task' })
  @ApiConflictResponse({ description: 'the task is completed or cancelled already' })
  complete(@CurrentActor() actor: Actor, @Param('id', id) taskId: string, @Body() dto: CompleteTaskDto) {
    return this.tasks.complete(actor, taskId, dto);
  }
}
