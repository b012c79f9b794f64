// Bodies of the department's and the operators' steps on a submitted proposal (DESIGN §5.1).
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsString, Length, ValidateNested } from 'class-validator';
import type { Answers, IncidentUpdate } from '#domain';
import { NotBlank, OptionalNotNull } from '../common/validation.js';

export class RevisionChangesDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @OptionalNotNull()
  @IsString()
  @Length(1, 200)
  @NotBlank()
  title?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @OptionalNotNull()
  @IsString()
  @Length(1, 4000)
  @NotBlank()
  summary?: string;

  @ApiPropertyOptional({ maxLength: 4000 })
  @OptionalNotNull()
  @IsString()
  @Length(1, 4000)
  @NotBlank()
  purpose?: string;
}

/** Body of POST /api/proposals/:id/revisions: the answer to a change request or a remediation. */
export class RevisionDto {
  @ApiProperty({ maxLength: 4000, example: '편향 검사 결과를 추가했습니다. / We added the bias test results.' })
  @IsString()
  @Length(1, 4000)
  @NotBlank()
  reply: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
    description: 'changed answers only: questionId → optionId, optionId[] or text; merged into the stored ones',
  })
  @OptionalNotNull()
  @IsObject()
  answers?: Answers;

  @ApiPropertyOptional({ type: RevisionChangesDto })
  @OptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => RevisionChangesDto)
  changes?: RevisionChangesDto;
}

/** Body of POST /api/proposals/:id/withdraw. */
export class WithdrawDto {
  @ApiProperty({ maxLength: 2000, example: '사업 계획이 변경되었습니다. / The project plan changed.' })
  @IsString()
  @Length(1, 2000)
  @NotBlank()
  reason: string;
}

/** Body of POST /api/proposals/:id/deployment. */
export class DeploymentDto {
  @ApiProperty({ maxLength: 100, example: '1.0.0' })
  @IsString()
  @Length(1, 100)
  @NotBlank()
  version: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { 'c-1': 'Monthly bias report: https://example.seoul.go.kr/reports/1' },
    description: 'conditionId → what shows the condition is met; one for every condition of the sign-off',
  })
  @IsObject()
  evidence: Record<string, string>;
}

const SEVERITIES = ['low', 'high', 'critical'] as const satisfies readonly IncidentUpdate['severity'][];

/** Body of POST /api/proposals/:id/incidents. */
export class IncidentDto {
  @ApiProperty({ enum: SEVERITIES, description: 'high: a re-audit at once; critical: suspended at once' })
  @IsIn(SEVERITIES)
  severity: IncidentUpdate['severity'];

  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @Length(1, 4000)
  @NotBlank()
  description: string;
}
