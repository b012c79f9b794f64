import { ApiProperty } from '@nestjs/swagger';
import { PROPOSAL_STATUSES, type ProposalStatus } from '#domain';
import type { AttentionBoardRow } from '#persistence';

/** A proposal that needs an administrator: a write that failed past its retries, or a run that ended early. */
export class AttentionItemView {
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty() title: string;
  @ApiProperty() department: string;
  @ApiProperty({ nullable: true, type: Number }) tier: number | null;
  @ApiProperty({ enum: PROPOSAL_STATUSES, description: 'the stage in the read model' }) stage: ProposalStatus;
  @ApiProperty({
    enum: ['write_failed', 'run_closed'],
    description: 'write_failed: a lifecycle write failed past its retries and waits (retry it); run_closed: the run ended early',
  })
  reason: 'write_failed' | 'run_closed';
  @ApiProperty({ nullable: true, type: String, example: 'openTasks', description: 'the activity whose write failed' })
  activity: string | null;
  @ApiProperty({ example: 'QueryFailedError: the database refused the row', description: 'its last error, as reported' })
  error: string;
  @ApiProperty({ format: 'date-time', description: 'since when it needs attention' }) since: string;
  @ApiProperty({ description: "administrators' retries so far" }) retries: number;
  @ApiProperty({ description: 'a retry is under way' }) retrying: boolean;
  @ApiProperty({ nullable: true, type: String, description: "the proposal's workflow in the Temporal UI, when configured" })
  workflowUrl: string | null;

  static of(row: AttentionBoardRow, workflowUrl: (proposalId: string) => string | null): AttentionItemView {
    return {
      proposalId: row.proposal_id,
      title: row.title,
      department: row.department_code,
      tier: row.tier,
      stage: row.status,
      reason: row.reason,
      activity: row.activity,
      error: row.error,
      since: row.since.toISOString(),
      retries: row.retries,
      retrying: row.retrying,
      workflowUrl: workflowUrl(row.proposal_id),
    };
  }
}

/** What POST /api/admin/proposals/:id/retry answers: the write now being retried. */
export class RetryView {
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty({ example: 'openTasks' }) activity: string;
  @ApiProperty({ description: 'the error it failed with' }) error: string;
  @ApiProperty({ format: 'date-time' }) since: string;
  @ApiProperty({ description: 'retries so far, this one included' }) retries: number;
}
