import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { REVIEW_DOMAINS, type ReviewDomain, ROLES, type Role } from '../../../../libs/domain/src/index.js';
import { PageQuery } from '../common/params.js';

export class UserListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ example: 'SAIF' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  department?: string;

  @ApiPropertyOptional({ enum: REVIEW_DOMAINS })
  @IsOptional()
  @IsIn(REVIEW_DOMAINS)
  domain?: ReviewDomain;

  @ApiPropertyOptional({ description: 'part of the id or the name, any case', example: 'park' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

/** A proposal id (UUID) or a department code. */
const CONFLICT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^[\w.-]{1,50}$/i;

/**
 * Optional, but not nullable: `@IsOptional()` lets `null` through to the database's NOT NULL columns (a 500,
 * found by test/fuzz.e2e-spec.ts with seed -165734050); an absent field is left as it is, a null one refused.
 */
const IsAbsentOr = () => ValidateIf((_, value) => value !== undefined);

/** What admins edit; the token owns name, department, roles and email. */
export class UpdateUserDto {
  @ApiPropertyOptional({ enum: REVIEW_DOMAINS, isArray: true, example: ['technical', 'privacy_legal'] })
  @IsAbsentOr()
  @IsArray()
  @ArrayMaxSize(REVIEW_DOMAINS.length)
  @ArrayUnique()
  @IsIn(REVIEW_DOMAINS, { each: true })
  domains?: ReviewDomain[];

  @ApiPropertyOptional({
    type: [String],
    description: 'declared conflicts: proposal ids and department codes this person never reviews (at most 100)',
    example: ['TRANSPORT', '0b5b8a52-6f0e-4c1a-9d8e-2f1f3c4d5e6f'],
  })
  @IsAbsentOr()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(CONFLICT, { each: true, message: 'each of conflicts must be a proposal id or a department code' })
  conflicts?: string[];

  @ApiPropertyOptional({ description: 'false: every request of this person is refused (403)', example: true })
  @IsAbsentOr()
  @IsBoolean()
  active?: boolean;
}
