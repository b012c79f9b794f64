import { Module } from '@nestjs/common';
import { TasksController } from './tasks.controller.js';
import { TasksService } from './tasks.service.js';

/** The reviewers' inbox and their steps on a task: claim, release, decide. */
@Module({ controllers: [TasksController], providers: [TasksService] })
export class TasksModule {}
