import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TASK_KINDS, TASK_STATUSES, type TaskKind, type TaskStatus } from '../../../../libs/domain/src/index.js';
import type { TaskEntity } from '../../../../libs/persistence/src/index.js';

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
    return {
      id: row.id,
      proposalId: row.proposalId,
      kind: row.kind,
      domain: row.domain,
      status: row.status,
      assignee: row.assignee,
      candidateGroup: row.candidateGroup,
      dueAt: row.dueAt.toISOString(),
      escalationLevel: row.escalationLevel,
      round: row.round,
      decision:
        row.decision && row.decidedBy && row.decidedAt
          ? { decision: row.decision, comment: row.comment ?? '', by: row.decidedBy, at: row.decidedAt.toISOString() }
          : undefined,
    };
  }
}
