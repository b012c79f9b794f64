import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { REVIEW_DOMAINS, type ReviewDomain, ROLES, type Role } from '#domain';
import { PageQuery } from '../common/params.js';
import { IsConflictTarget, OptionalNotNull } from '../common/validation.js';

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

/** What admins edit; the token owns name, department, roles and email. */
export class UpdateUserDto {
  @ApiPropertyOptional({ enum: REVIEW_DOMAINS, isArray: true, example: ['technical', 'privacy_legal'] })
  @OptionalNotNull()
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
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsString({ each: true })
  @IsConflictTarget()
  conflicts?: string[];

  @ApiPropertyOptional({ description: 'false: every request of this person is refused (403)', example: true })
  @OptionalNotNull()
  @IsBoolean()
  active?: boolean;
}
