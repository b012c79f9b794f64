import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length, MaxLength } from 'class-validator';

/** Body of POST /api/tasks/:id/complete. Which decisions a task takes depends on its kind. */
export class CompleteTaskDto {
  @ApiProperty({ example: 'approve', description: 'expert_review and ethics_signoff: approve | reject' })
  @IsString()
  @Length(1, 40)
  decision: string;

  @ApiProperty({ example: '편향 검사 결과가 충분합니다. / The bias testing is sufficient.' })
  @IsString()
  @MaxLength(4000)
  comment: string;

  @ApiPropertyOptional({ type: [String], description: 'conditions of a conditional approval' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  conditions?: string[];
}
