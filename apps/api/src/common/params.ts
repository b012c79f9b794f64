import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PROPOSAL_STATUSES, type ProposalStatus, TASK_KINDS, type TaskKind } from '../../../../libs/domain/src/index.js';

export class PageQuery {
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit: number = 50;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: 1_000_000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset: number = 0;
}

/** A proposal's audit log: read whole as a rule, so pages are larger. */
export class AuditPageQuery {
  @ApiPropertyOptional({ default: 500, minimum: 1, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit: number = 500;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: 1_000_000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset: number = 0;
}

export class TaskListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TASK_KINDS })
  @IsOptional()
  @IsIn(TASK_KINDS)
  kind?: TaskKind;

  @ApiPropertyOptional({ enum: ['me', 'none'], description: 'me: tasks I hold; none: unclaimed tasks of my groups' })
  @IsOptional()
  @IsIn(['me', 'none'])
  assignee?: 'me' | 'none';

  @ApiPropertyOptional({ format: 'date-time', description: 'only tasks due before this time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  dueBefore?: string;
}

export class ProposalListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;

  @ApiPropertyOptional({ enum: [1, 2, 3, 4] })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(4)
  tier?: number;

  @ApiPropertyOptional({ example: 'WELFARE' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  department?: string;
}
