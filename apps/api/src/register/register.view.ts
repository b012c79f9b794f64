import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RegisterStatus, Tier } from '#domain';
import type { RegisterEntryEntity } from '#persistence';
import { MessageView } from '../common/reader-language.js';

const REGISTER_STATUSES: RegisterStatus[] = ['in_use', 'suspended', 'retired'];

/** The entry's oversight, notice and risk texts as catalogue codes, to show in the reader's language alone. */
class LabelView {
  @ApiProperty({ example: '복지실' }) ko: string;
  @ApiProperty({ example: 'Welfare Policy Office' }) en: string;
}

export class RegisterTextsView {
  @ApiPropertyOptional({ type: LabelView, description: "the department's name in each language" }) department?: LabelView;
  @ApiPropertyOptional({
    type: MessageView,
    description:
      "whom citizens ask where the proposal named nobody: the department's public contact (register_contact_department), else the department (register_contact_department_only)",
  })
  overseerContact?: MessageView;
  @ApiProperty({ type: MessageView, example: { code: 'register_oversight_advisory', params: {} } }) humanOversight: MessageView;
  @ApiProperty({ type: MessageView, example: { code: 'register_notice_ai', params: {} } }) aiNotice: MessageView;
  @ApiProperty({ type: [MessageView], description: 'the risk tier (register_risk_tier), then the reasons that decided it' })
  riskSummary: MessageView[];
}

/** A public register entry: what a citizen may read about a deployed system, and nothing more. */
export class RegisterEntryView {
  @ApiProperty({ format: 'uuid' }) proposalId: string;
  @ApiProperty({ example: '복지 상담 안내 챗봇' }) name: string;
  @ApiProperty({ example: '복지실 (Welfare Policy Office)' }) department: string;
  @ApiProperty() purpose: string;
  @ApiProperty({ enum: [1, 2, 3, 4] }) tier: Tier;
  @ApiProperty({ description: 'how people oversee the system, in Korean and English' }) humanOversight: string;
  @ApiProperty({ description: 'whom citizens ask about the system' }) overseerContact: string;
  @ApiProperty({ example: '이 서비스는 인공지능(AI)을 사용합니다. / This service uses AI.' }) aiNotice: string;
  @ApiProperty({ description: 'the risk tier and the rules that decided it' }) riskSummary: string;
  @ApiPropertyOptional({ type: RegisterTextsView, description: 'humanOversight, aiNotice and riskSummary as codes' })
  texts?: RegisterTextsView;
  @ApiPropertyOptional({ description: 'the published review summary (tier IV only)' }) reviewSummary?: string;
  @ApiProperty({ enum: REGISTER_STATUSES }) status: RegisterStatus;
  @ApiProperty({ example: '1.0.0' }) deployedVersion: string;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;

  static of(row: RegisterEntryEntity): RegisterEntryView {
    return {
      proposalId: row.proposalId,
      name: row.name,
      department: row.departmentName,
      purpose: row.purpose,
      tier: row.tier,
      humanOversight: row.humanOversight,
      overseerContact: row.overseerContact,
      aiNotice: row.aiNotice,
      riskSummary: row.riskSummary,
      ...(row.texts !== null && { texts: row.texts }),
      ...(row.reviewSummary !== null && { reviewSummary: row.reviewSummary }),
      status: row.status,
      deployedVersion: row.deployedVersion,
      publishedAt: row.publishedAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

export class RegisterPageView {
  @ApiProperty({ type: [RegisterEntryView] }) items: RegisterEntryView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
