import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { TaskView } from '../tasks/task.view.js';

export class ReassignDto {
  @ApiProperty({ example: 'park.expert', description: 'the id of the person who takes the task' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  assignee: string;
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
  @ApiProperty({ type: [TaskView], description: 'the tasks now assigned to the new assignee' }) moved: TaskView[];
  @ApiProperty({ type: [RefusedMoveView], description: 'the tasks the new assignee may not take; still where they were' })
  refused: RefusedMoveView[];
}
