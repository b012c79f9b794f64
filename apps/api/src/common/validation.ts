import { ParseUUIDPipe } from '@nestjs/common';
import { registerDecorator, ValidateIf, type ValidationOptions } from 'class-validator';
import { refuse } from '#domain';
import { RefusedException } from '#temporal';

/** A constraint of our own, under its own name: field validation maps the name to a code (field-validation.ts). */
const constraint =
  (name: string, test: (value: unknown) => boolean, options: ValidationOptions = {}) =>
  (target: object, propertyName: string) =>
    registerDecorator({ name, target: target.constructor, propertyName, options, validator: { validate: test } });

/** A text that says something: whitespace alone is refused like an empty string. */
export const NotBlank = (options: ValidationOptions = {}) =>
  constraint('notBlank', (value) => typeof value === 'string' && /\S/.test(value), options);

/** A demo user's id, as the development sign-in takes it. */
export const IsDemoUserId = () => constraint('isDemoUserId', (value) => typeof value === 'string' && /^[\w.-]+$/.test(value));

/** A proposal id (UUID) or a department code. */
const CONFLICT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$|^[\w.-]{1,50}$/i;

/** Each of a person's declared conflicts: a proposal id or a department code. */
export const IsConflictTarget = () =>
  constraint('isConflictTarget', (value) => typeof value === 'string' && CONFLICT.test(value), { each: true });

/**
 * May be left out, but not sent as null: unlike IsOptional, a null is validated (and refused by the next
 * rule), never handed to a NOT NULL column.
 */
export const OptionalNotNull = (options: ValidationOptions = {}) =>
  ValidateIf((_object: object, value: unknown) => value !== undefined, options);

/** A UUID in the path, refused with its code. */
export const uuidParam = () =>
  new ParseUUIDPipe({ version: '4', exceptionFactory: () => new RefusedException(refuse('path_id_not_uuid', {})) });
