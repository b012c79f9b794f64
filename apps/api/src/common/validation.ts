import { Matches, ValidateIf, type ValidationOptions } from 'class-validator';

/** A text that says something: whitespace alone is refused like an empty string. */
export const NotBlank = (options: ValidationOptions = {}) =>
  Matches(/\S/, { message: ({ property }) => `${property} must not be blank`, ...options });

/**
 * May be left out, but not sent as null: unlike IsOptional, a null is validated (and refused by the next
 * rule), never handed to a NOT NULL column.
 */
export const OptionalNotNull = (options: ValidationOptions = {}) =>
  ValidateIf((_object: object, value: unknown) => value !== undefined, options);
