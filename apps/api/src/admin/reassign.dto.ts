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
  @ApiProperty({ example: 'park.expert declared a conflict with this proposal or its department' }) reason: string;
}

export class ReassignAllView {
  @ApiProperty({ type: [TaskView], description: 'the tasks now assigned to the new assignee' }) moved: TaskView[];
  @ApiProperty({ type: [RefusedMoveView], description: 'the tasks the new assignee may not take; still where they were' })
  refused: RefusedMoveView[];
}
