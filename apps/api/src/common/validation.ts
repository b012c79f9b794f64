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

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/**
 * An RFC 3339 date-time, what `format: date-time` declares: any year, any offset, a leap second (read as :59).
 * A real date too: no 30 February.
 */
export const IsDateTime = () =>
  constraint('isIso8601', (value) => {
    const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
    if (!match || Number(match[1]) > 60) return false;
    const [date = ''] = value!.toString().split(/t/i);
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const calendar = new Date(Date.UTC(2000, month - 1, day));
    calendar.setUTCFullYear(year);
    const realDate = calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
    return realDate && !Number.isNaN(Date.parse(value!.toString().replace(/:60(?=[.Z+-]|$)/i, ':59')));
  });

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
