import { ApiProperty } from '@nestjs/swagger';
import { DAY_MS, PROPOSAL_STATUSES, type ProposalStatus } from '#domain';
import type { StalledRow } from '#persistence';
import { AttentionItemView } from './attention.view.js';

export class WaitedOnView {
  @ApiProperty({ nullable: true, type: String, description: "the person's id, when one holds the work" })
  person: string | null;

  @ApiProperty({ example: 'experts:technical', description: 'the group: a candidate group, or `managers:<DEPT>`' })
  group: string;
}

/** One piece of waiting work: a task, or a wait on the department. */
export class StalledItemView {
  @ApiProperty({ enum: ['task', 'department'] }) type: 'task' | 'department';
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) taskId: string | null;
  @ApiProperty({ example: 'expert_review', description: 'the task kind, or the wait: revision, deployment, remediation' })
  kind: string;
  @ApiProperty({ nullable: true, type: String }) domain: string | null;
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty() title: string;
  @ApiProperty() department: string;
  @ApiProperty({ nullable: true, type: Number }) tier: number | null;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) stage: ProposalStatus;
  @ApiProperty({ type: WaitedOnView }) waitedOn: WaitedOnView;
  @ApiProperty({ format: 'date-time', description: 'when the step began' }) since: string;
  @ApiProperty({ description: 'time in the step, in days' }) waitingDays: number;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty() escalationLevel: number;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "the proposal's workflow in the Temporal UI, when TEMPORAL_UI_URL is configured",
  })
  workflowUrl: string | null;

  static of(row: StalledRow, now: Date, workflowUrl: (proposalId: string) => string | null = () => null): StalledItemView {
    const isTask = row.type === 'task';
    return {
      type: row.type,
      taskId: isTask ? row.id : null,
      kind: row.kind,
      domain: row.domain,
      proposalId: row.proposal_id,
      title: row.title,
      department: row.department_code,
      tier: row.tier,
      stage: row.status,
      waitedOn: { person: row.assignee, group: row.candidate_group ?? `managers:${row.department_code}` },
      since: row.since.toISOString(),
      waitingDays: Math.round(((now.getTime() - row.since.getTime()) / DAY_MS) * 100) / 100,
      dueAt: row.due_at.toISOString(),
      overdue: row.due_at.getTime() <= now.getTime(),
      escalationLevel: row.escalation_level,
      workflowUrl: workflowUrl(row.proposal_id),
    };
  }
}

export class StalledPageView {
  @ApiProperty({
    type: [AttentionItemView],
    description: 'proposals that need an administrator (all of them under the stage, department and tier filters), longest first',
  })
  attention: AttentionItemView[];
  @ApiProperty({ type: [StalledItemView], description: 'longest waiting first' }) items: StalledItemView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
