import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { OptionalNotNull } from '../common/validation.js';
import { TaskView } from '../tasks/task.view.js';

export class ReassignDto {
  @ApiProperty({ example: 'park.expert', description: 'the id of the person who takes the task' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  assignee: string;
}

export class TaskAssignmentDto extends ReassignDto {
  @ApiProperty({ format: 'uuid', description: 'one of the absent person’s open tasks' })
  @IsUUID()
  taskId: string;
}

/** All of an absent person's tasks: to one person (`assignee`), or each to its own (`assignments`), or both. */
export class ReassignAllDto {
  @ApiPropertyOptional({ example: 'park.expert', description: 'who takes every task `assignments` does not name' })
  @OptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  assignee?: string;

  @ApiPropertyOptional({
    type: [TaskAssignmentDto],
    description: 'a person per task; without `assignee`, the tasks it does not name stay where they are',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => TaskAssignmentDto)
  assignments?: TaskAssignmentDto[];
}

export class RefusedMoveView {
  @ApiProperty({ format: 'uuid' }) taskId: string;
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty({ example: 'assignee_declared_conflict', description: 'the refusal, by its code in the catalogue' }) code: string;
  @ApiProperty({
    example: 'park.expert declared a conflict of interest with this proposal or its department',
    description: "the refusal's text in the caller's Accept-Language",
  })
  reason: string;
}

export class ReassignAllView {
  @ApiProperty({ type: [TaskView], description: 'the tasks now assigned to their new assignees' }) moved: TaskView[];
  @ApiProperty({ type: [RefusedMoveView], description: 'the tasks their new assignee may not take; still where they were' })
  refused: RefusedMoveView[];
}
