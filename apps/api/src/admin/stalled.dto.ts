import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PROPOSAL_STATUSES, type ProposalStatus, type Tier } from '../../../../libs/domain/src/index.js';
import { PageQuery } from '../common/params.js';

export class StalledQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES, description: 'the stage the proposal is in' })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  stage?: ProposalStatus;

  @ApiPropertyOptional({ example: 'WELFARE' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  department?: string;

  @ApiPropertyOptional({ enum: [1, 2, 3, 4] })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4)
  tier?: Tier;

  @ApiPropertyOptional({ description: "a person's id: their tasks only (the department's waits have no assignee)" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  assignee?: string;

  @ApiPropertyOptional({ description: 'only work past its due time (not merely idle)', default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
}
