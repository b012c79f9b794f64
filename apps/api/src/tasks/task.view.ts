import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TASK_KINDS, TASK_STATUSES, type TaskKind, type TaskStatus } from '#domain';
import { type TaskEntity, taskFromRow } from '#persistence';

export class TaskDecisionView {
  @ApiProperty({ example: 'approve' }) decision: string;
  @ApiProperty() comment: string;
  @ApiProperty() by: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

/** A task as DESIGN §5.1 shows it. */
export class TaskView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty({ enum: TASK_KINDS }) kind: TaskKind;
  @ApiProperty({ example: 'technical' }) domain: string;
  @ApiProperty({ enum: TASK_STATUSES }) status: TaskStatus;
  @ApiProperty({ nullable: true, type: String }) assignee: string | null;
  @ApiProperty({ example: 'experts:technical' }) candidateGroup: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty() escalationLevel: number;
  @ApiProperty() round: number;
  @ApiPropertyOptional({ type: TaskDecisionView }) decision?: TaskDecisionView;

  static of(row: TaskEntity): TaskView {
    return taskFromRow(row);
  }
}

/** What the inbox shows of a task's proposal. */
export class InboxProposalView {
  @ApiProperty() title: string;
  @ApiProperty({ example: 'WELFARE' }) department: string;
  @ApiProperty({ example: 'EXPERT_REVIEW' }) status: string;
  @ApiProperty({ nullable: true, type: Number, enum: [1, 2, 3, 4] }) tier: number | null;
}

/** A task of the inbox, with its proposal: one call shows the whole page. */
export class InboxTaskView extends TaskView {
  @ApiProperty({ type: InboxProposalView }) proposal: InboxProposalView;
}
