import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { AWAITING, type Awaiting, PROPOSAL_STATUSES, type ProposalStatus, TASK_KINDS, type TaskKind } from '#domain';
import { PROPOSAL_SORTS, type ProposalSort } from '#persistence';
import { IsDateTime } from './validation.js';

/** A number of the query; an empty value (`?limit=`) is no number, not 0 as Number('') would make it. */
const toNumber = ({ value }: { value: unknown }) => (value === '' ? Number.NaN : Number(value));

/** Paging by limit and offset, with the list's own default and largest page. */
function paging(defaultLimit: number, maxLimit: number) {
  class Paging {
    @ApiPropertyOptional({ type: 'integer', default: defaultLimit, minimum: 1, maximum: maxLimit })
    @IsOptional()
    @Transform(toNumber)
    @IsInt()
    @Min(1)
    @Max(maxLimit)
    limit: number = defaultLimit;

    @ApiPropertyOptional({ type: 'integer', default: 0, minimum: 0, maximum: 1_000_000 })
    @IsOptional()
    @Transform(toNumber)
    @IsInt()
    @Min(0)
    @Max(1_000_000)
    offset: number = 0;
  }
  return Paging;
}

export class PageQuery extends paging(50, 200) {}

/** A proposal's audit log: read whole as a rule, so pages are larger. */
export class AuditPageQuery extends paging(500, 1000) {}

/** Filters that several lists share. */
export const TierFilter = () =>
  applyDecorators(
    ApiPropertyOptional({ type: 'integer', enum: [1, 2, 3, 4] }),
    IsOptional(),
    Transform(toNumber),
    IsInt(),
    Min(1),
    Max(4),
  );
export const DepartmentFilter = () =>
  applyDecorators(ApiPropertyOptional({ example: 'WELFARE' }), IsOptional(), IsString(), MaxLength(50));

export class ProposalListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;

  @ApiPropertyOptional({
    enum: AWAITING,
    description: "whose move the stage awaits: the department's, the review's (or the system's), or nobody's (ended)",
  })
  @IsOptional()
  @IsIn(AWAITING)
  awaiting?: Awaiting;

  @TierFilter()
  tier?: number;

  @DepartmentFilter()
  department?: string;

  @ApiPropertyOptional({
    enum: PROPOSAL_SORTS,
    default: 'updated',
    description: 'updated: newest change first; created: newest first; title: by title',
  })
  @IsOptional()
  @IsIn(PROPOSAL_SORTS)
  sort?: ProposalSort;
}

/** The inbox: by the task (kind, who holds it, due time) and by its proposal (stage, tier, department). */
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
  @IsDateTime()
  dueBefore?: string;

  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES, description: "the proposal's stage" })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  stage?: ProposalStatus;

  @TierFilter()
  tier?: number;

  @DepartmentFilter()
  department?: string;
}
