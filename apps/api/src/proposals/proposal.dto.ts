import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { type Answers, AUTOMATION_LEVELS } from '#domain';

export const SYSTEM_TYPES = ['in_house', 'vendor', 'generative'] as const;

/** Body of POST /api/proposals (DESIGN §5.1). Answers are checked against the policy by the service. */
export class CreateProposalDto {
  @ApiProperty({ example: '복지 수급 자격 사전 안내 챗봇', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ example: 'Answers citizens’ questions on welfare eligibility and points them to the right office.' })
  @IsString()
  @Length(1, 4000)
  summary: string;

  @ApiProperty({ example: 'Shorten waiting times at district welfare offices.' })
  @IsString()
  @Length(1, 4000)
  purpose: string;

  @ApiProperty({ enum: SYSTEM_TYPES })
  @IsIn(SYSTEM_TYPES)
  systemType: (typeof SYSTEM_TYPES)[number];

  @ApiPropertyOptional({ example: 'Naver Cloud', description: 'required when systemType is vendor' })
  @ValidateIf((o: CreateProposalDto) => o.systemType === 'vendor' || o.vendor !== undefined)
  @IsString()
  @Length(1, 200)
  vendor?: string;

  @ApiProperty({
    enum: AUTOMATION_LEVELS,
    description: 'must agree with the answer the policy names for it (2026.2: profile_automation)',
  })
  @IsIn(AUTOMATION_LEVELS)
  automation: (typeof AUTOMATION_LEVELS)[number];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'public_service_eligibility',
    description: 'an AI Basic Act high-impact area id',
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  highImpactArea?: string | null;

  @ApiProperty({ description: 'must agree with the answer the policy names for it (2026.2: sa_data_kinds)' })
  @IsBoolean()
  personalData: boolean;

  @ApiProperty({ description: 'must agree with the answer the policy names for it (2026.2: fa_vulnerable_groups)' })
  @IsBoolean()
  affectsVulnerableGroups: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 200,
    example: '복지정책과 AI 담당 02-2133-0000',
    description:
      "who answers citizens about the system; required to submit from tier III; the register shows the department's public contact when absent",
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  overseerContact?: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    example: { pi_people_affected: 'under_100k', sa_data_kinds: ['public'] },
    description: 'questionId → optionId (single), optionId[] (multi) or text',
  })
  @IsObject()
  answers: Answers;
}

/**
 * Body of PATCH /api/proposals/:id: any field of the draft. Only an absent field is skipped: a null is
 * validated (and refused where the field takes none), never handed to the database as a NOT NULL violation.
 */
export class UpdateProposalDto extends PartialType(CreateProposalDto, { skipNullProperties: false }) {}
