import { Matches, type ValidationOptions } from 'class-validator';

/** A text that says something: whitespace alone is refused like an empty string. */
export const NotBlank = (options: ValidationOptions = {}) =>
  Matches(/\S/, { message: ({ property }) => `${property} must not be blank`, ...options });
