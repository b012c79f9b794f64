import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Length, MaxLength } from 'class-validator';
import { NotBlank, OptionalNotNull } from '../common/validation.js';

/** Body of POST /api/tasks/:id/complete. Which decisions a task takes depends on its kind. */
export class CompleteTaskDto {
  @ApiProperty({
    example: 'approve',
    description:
      'expert_review: approve | request_changes | reject; ethics_signoff: approve | approve_with_conditions | reject; ' +
      'reaudit: pass | remediate | suspend | retire',
  })
  @IsString()
  @Length(1, 40)
  decision: string;

  @ApiProperty({
    example: '편향 검사 결과가 충분합니다. / The bias testing is sufficient.',
    description: 'required (not blank) for every decision but approve and pass',
  })
  @IsString()
  @MaxLength(4000)
  comment: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'approve_with_conditions: at least one; refused with any other decision',
  })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  @NotBlank({ each: true })
  conditions?: string[];
}
