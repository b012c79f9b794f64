import { ApiProperty } from '@nestjs/swagger';
import { REVIEW_DOMAINS, ROLES } from '#domain';
import type { DirectoryChangeEntity, UserEntity } from '#persistence';

export class UserView {
  @ApiProperty({ example: 'park.expert' }) id: string;
  @ApiProperty({ example: '박서연' }) name: string;
  @ApiProperty({ nullable: true, type: String, example: 'park@saif.example' }) email: string | null;
  @ApiProperty({ example: 'SAIF' }) department: string;
  @ApiProperty({ enum: ROLES, isArray: true, example: ['foundation_expert'] }) roles: string[];
  @ApiProperty({ enum: REVIEW_DOMAINS, isArray: true, example: ['technical'] }) domains: string[];
  @ApiProperty({ type: [String], example: ['TRANSPORT'] }) conflicts: string[];
  @ApiProperty({ example: true }) active: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastSeenAt: string | null;

  static of(row: UserEntity): UserView {
    return {
      id: row.id,
      name: row.name,
      email: row.email,
      department: row.departmentCode,
      roles: row.roles,
      domains: row.domains,
      conflicts: row.conflicts,
      active: row.active,
      lastSeenAt: row.lastSeenAt?.toISOString() ?? null,
    };
  }
}

/** A field's value before or after: a text (name, department, email), a list (roles, domains, conflicts), active. */
const CHANGED_VALUE = [{ type: 'string' }, { type: 'boolean' }, { type: 'array', items: { type: 'string' } }];

export class DirectoryChangeView {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ description: "an admin's id, or sign-in when a token changed it", example: 'han.admin' }) by: string;
  @ApiProperty({ example: 'conflicts' }) field: string;
  @ApiProperty({ nullable: true, oneOf: CHANGED_VALUE, example: [] }) from: unknown;
  @ApiProperty({ nullable: true, oneOf: CHANGED_VALUE, example: ['TRANSPORT'] }) to: unknown;

  static of(row: DirectoryChangeEntity): DirectoryChangeView {
    return { at: row.at.toISOString(), by: row.changedBy, field: row.field, from: row.oldValue, to: row.newValue };
  }
}

export class UserDetailView extends UserView {
  @ApiProperty({ type: [DirectoryChangeView], description: 'the latest changes, newest first (at most 100)' })
  changes: DirectoryChangeView[];
}

export class UserPageView {
  @ApiProperty({ type: [UserView] }) items: UserView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
