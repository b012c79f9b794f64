import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  codedReason,
  DEPARTMENT_ACTIONS,
  type DepartmentAction,
  PROPOSAL_STATUSES,
  type ProposalStatus,
  type RecordedScores,
  type Tier,
} from '#domain';
import { isMessage, type Language, render, textOf } from '#domain/texts';
import type { AuditEntryEntity, ConditionEntity, ProposalEntity, TaskEntity } from '#persistence';
import { MessageView } from '../common/reader-language.js';
import { TaskView } from '../tasks/task.view.js';

export class ScoresView {
  @ApiProperty({ description: 'raw impact points' }) impact: number;
  @ApiProperty() impactMax: number;
  @ApiProperty({ description: 'mitigation points' }) mitigation: number;
  @ApiProperty() mitigationMax: number;
  @ApiProperty({ description: 'impact share of its maximum after mitigation, 0..1' }) final: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) byPrinciple: Record<string, number>;
  @ApiProperty({ type: [String], description: "the rules that decided the tier, in the caller's language" })
  reasons: string[];
  @ApiProperty({
    type: [MessageView],
    description: 'the same rules as codes; a reason scored before they were coded is reason_as_recorded, in English',
  })
  reasonCodes: MessageView[];

  static of({ reasons, ...scores }: RecordedScores, language: Language): ScoresView {
    return { ...scores, reasons: reasons.map((r) => textOf(language, r)), reasonCodes: reasons.map(codedReason) };
  }
}

export class TimelineEntryView {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status: ProposalStatus;
}

export class ConditionView {
  @ApiProperty() id: string;
  @ApiProperty() text: string;
  @ApiPropertyOptional() evidence?: string;
}

export class AuditEntryView {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'park.expert' }) actor: string;
  @ApiProperty({ example: 'expert_review_approve' }) action: string;
  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES }) fromStatus?: ProposalStatus;
  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES }) toStatus?: ProposalStatus;
  @ApiPropertyOptional({ description: "why, in English: a person's own words, or the detail rendered" }) rationale?: string;
  @ApiPropertyOptional({
    type: MessageView,
    description: "what the system said, as a code; absent where the rationale is a person's own words",
  })
  detail?: MessageView;
  @ApiPropertyOptional({ description: "why, in the caller's language: the detail rendered, else the rationale" })
  text?: string;

  static of(row: AuditEntryEntity, language: Language): AuditEntryView {
    const detail = isMessage(row.detail) ? row.detail : undefined;
    return {
      at: row.at.toISOString(),
      actor: row.actor,
      action: row.action,
      fromStatus: row.fromStatus ?? undefined,
      toStatus: row.toStatus ?? undefined,
      rationale: row.rationale ?? undefined,
      ...(detail && { detail }),
      text: detail ? render(language, detail) : (row.rationale ?? undefined),
    };
  }
}

export class ChainBreakView {
  @ApiProperty({ description: 'the position of the entry in the whole log', example: '42' }) seq: string;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'its content does not match its hash: the entry was altered' }) reason: string;
}

export class MissingEntriesView {
  @ApiProperty({ description: "how many entries the workflow's head counts" }) expectedEntries: number;
  @ApiProperty({ description: 'the hash of the newest of them, as the workflow kept it' }) expectedLastHash: string;
  @ApiProperty({ example: 'the workflow recorded 9 entries and 6 remain: entries were removed' }) reason: string;
}

export class AuditVerificationView {
  @ApiProperty({
    description: "every entry matches its hash, its link and its HMAC, and the table holds the workflow's head",
  })
  intact: boolean;
  @ApiProperty() entries: number;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'when intact: the hash of the newest entry (null for an empty log), to compare with a copy kept elsewhere',
  })
  lastHash?: string | null;
  @ApiPropertyOptional({ description: 'when intact: how many entries carry a valid HMAC (the older ones came before keying)' })
  keyed?: number;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: "when intact: how many entries the workflow's head counts (all held as it kept them); null when no run answered",
  })
  headEntries?: number | null;
  @ApiPropertyOptional({ type: ChainBreakView, description: 'when not intact: the first entry that does not hold' })
  brokenAt?: ChainBreakView;
  @ApiPropertyOptional({ type: MissingEntriesView, description: "when not intact: entries the workflow's head counts are gone" })
  missing?: MissingEntriesView;
}

/** A proposal as DESIGN §5.1 shows it, with its draft fields so a department can edit what it wrote. */
export class ProposalView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty() purpose: string;
  @ApiProperty({ example: 'WELFARE' }) department: string;
  @ApiProperty({ enum: PROPOSAL_STATUSES }) status: ProposalStatus;
  @ApiProperty({ nullable: true, enum: [1, 2, 3, 4] }) tier: Tier | null;
  @ApiProperty({ example: '2026.1' }) policyVersion: string;
  @ApiProperty({ nullable: true, type: ScoresView }) scores: ScoresView | null;
  @ApiProperty() systemType: string;
  @ApiProperty({ nullable: true, type: String }) vendor: string | null;
  @ApiProperty() automation: string;
  @ApiProperty({ nullable: true, type: String }) highImpactArea: string | null;
  @ApiProperty() personalData: boolean;
  @ApiProperty() affectsVulnerableGroups: boolean;
  @ApiProperty({ nullable: true, type: String }) overseerContact: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) answers: Record<string, unknown>;
  @ApiProperty({ type: [TaskView] }) tasks: TaskView[];
  @ApiProperty({ type: [TimelineEntryView] }) timeline: TimelineEntryView[];
  @ApiProperty({ type: [ConditionView] }) conditions: ConditionView[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({
    enum: DEPARTMENT_ACTIONS,
    isArray: true,
    description: 'what the caller may do to the proposal at its stage (the console offers exactly these)',
  })
  allowedActions: DepartmentAction[];
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: "for an administrator: the proposal's workflow in the Temporal UI (null without TEMPORAL_UI_URL)",
  })
  workflowUrl?: string | null;

  static of(
    row: ProposalEntity,
    tasks: TaskEntity[] = [],
    timeline: { at: Date; status: ProposalStatus }[] = [],
    conditions: ConditionEntity[] = [],
    language: Language = 'en',
  ): ProposalView {
    return {
      id: row.id,
      title: row.title,
      summary: row.summary,
      purpose: row.purpose,
      department: row.department,
      status: row.status,
      tier: row.tier,
      policyVersion: row.policyVersion,
      scores: row.scores && ScoresView.of(row.scores, language),
      systemType: row.systemType,
      vendor: row.vendor,
      automation: row.automation,
      highImpactArea: row.highImpactArea,
      personalData: row.personalData,
      affectsVulnerableGroups: row.affectsVulnerableGroups,
      overseerContact: row.overseerContact,
      answers: row.answers,
      tasks: tasks.map(TaskView.of),
      timeline: timeline.map(({ at, status }) => ({ at: at.toISOString(), status })),
      conditions: conditions.map((c) => ({ id: c.id, text: c.text, evidence: c.evidence ?? undefined })),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      allowedActions: [], // the caller's, filled in by the service that knows the caller
    };
  }
}

export class ProposalPageView {
  @ApiProperty({ type: [ProposalView] }) items: ProposalView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
