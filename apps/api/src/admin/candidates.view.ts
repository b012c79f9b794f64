import { ApiProperty } from '@nestjs/swagger';
import { TaskView } from '../tasks/task.view.js';

/** A person a task could go to, with how loaded they already are. */
export class CandidateView {
  @ApiProperty({ example: 'park.expert' }) id: string;
  @ApiProperty({ example: '박서연' }) name: string;
  @ApiProperty({ example: 'SAIF' }) department: string;
  @ApiProperty({ description: 'open tasks they hold now', example: 2 }) openTasks: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'the nearest due time of those' })
  nearestDueAt: string | null;
}

/** A member of the task's group who may not take it, and why. */
export class ExcludedCandidateView extends CandidateView {
  @ApiProperty({ example: 'assignee_declared_conflict', description: 'the refusal, by its code in the catalogue' })
  code: string;
  @ApiProperty({ description: "the refusal's text in the caller's Accept-Language" }) reason: string;
}

export class CandidatesView {
  @ApiProperty({ format: 'uuid' }) taskId: string;
  @ApiProperty({ type: [CandidateView], description: 'who may take the task, least loaded first' })
  candidates: CandidateView[];
  @ApiProperty({
    type: [ExcludedCandidateView],
    description: "the group's other members (not the task's holder) and why each may not take it",
  })
  excluded: ExcludedCandidateView[];
}

export class TaskProposalView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 'WELFARE' }) department: string;
}

/** One open task an absent person holds, with who may take it instead. */
export class HeldTaskView {
  @ApiProperty({ type: TaskView }) task: TaskView;
  @ApiProperty({ type: TaskProposalView }) proposal: TaskProposalView;
  @ApiProperty({ type: CandidatesView }) candidates: CandidatesView;
}
