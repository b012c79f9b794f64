import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import { type Answers, AUTOMATION_LEVELS, type ReviewDomain, type Tier } from '#domain';
import { ScoresView } from './proposal.view.js';
import { OptionalNotNull } from '../common/validation.js';

/** Answers and profile fields to try on the stored draft; what is left out keeps its stored value (null only for highImpactArea: none). */
export class AssessmentPreviewDto {
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { pi_people_affected: 'under_100k' } })
  @OptionalNotNull()
  @IsObject()
  answers?: Answers;

  @ApiPropertyOptional({ enum: AUTOMATION_LEVELS })
  @OptionalNotNull()
  @IsIn(AUTOMATION_LEVELS)
  automation?: (typeof AUTOMATION_LEVELS)[number];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'public_service_eligibility' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  highImpactArea?: string | null;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  personalData?: boolean;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsBoolean()
  affectsVulnerableGroups?: boolean;
}

export class AssessmentPreviewView {
  @ApiProperty({ enum: [1, 2, 3, 4] }) tier: Tier;
  @ApiProperty({ type: ScoresView }) scores: ScoresView;
  @ApiProperty({ type: [String], example: ['technical'], description: 'the expert reviews this tier asks for' })
  reviewDomains: ReviewDomain[];
  @ApiProperty({ example: 'officer', enum: ['officer', 'committee'] }) signoff: 'officer' | 'committee';
  @ApiProperty({ type: [String], description: 'required questions still unanswered: the draft cannot be submitted yet' })
  unanswered: string[];
}
