import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PROPOSAL_STATUSES, type ProposalStatus, type Tier } from '#domain';
import { DepartmentFilter, PageQuery, TierFilter } from '../common/params.js';

export class StalledQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES, description: 'the stage the proposal is in' })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  stage?: ProposalStatus;

  @DepartmentFilter()
  department?: string;

  @TierFilter()
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
