// Field validation's refusals: each class-validator error becomes a problem of its field (a nested property by
// its dotted path), its code chosen by the constraint's name and its params read from the constraint's arguments
// in class-validator's metadata, never from its English message.
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { type FieldProblem, fieldProblem, MAX_FIELD_PROBLEMS, type RefusalCode, refuseFields, shownPath } from '#domain';
import { RefusedException } from '#temporal';

type Rule = (field: string, args: readonly unknown[]) => FieldProblem;
/** A constraint's arguments: each rule knows its own constraint's (IsLength: [min, max]; IsIn: [values]). */
type Args = readonly any[];

const rule =
  (code: RefusalCode, params: (args: Args) => object = () => ({})): Rule =>
  (field, args) =>
    fieldProblem(field, code, params(args) as never);

/** Every constraint our DTOs use, by its name (ValidationError.constraints' keys). */
export const CONSTRAINT_RULES: Record<string, Rule> = {
  whitelistValidation: rule('field_not_allowed'),
  nestedValidation: rule('field_not_object'),
  isObject: rule('field_not_object'),
  isString: rule('field_not_text'),
  isBoolean: rule('field_not_boolean'),
  isArray: rule('field_not_list'),
  isInt: rule('field_not_integer'),
  isIso8601: rule('field_not_date_time'),
  isNotEmpty: rule('field_required'),
  notBlank: rule('field_blank'),
  min: rule('field_too_small', ([min]) => ({ min })),
  max: rule('field_too_large', ([max]) => ({ max })),
  isIn: rule('field_not_one_of', ([values]) => ({ values })),
  isLength: rule('field_length', ([min, max]) => ({ min, max })),
  maxLength: rule('field_too_long', ([max]) => ({ max })),
  arrayMaxSize: rule('field_too_many', ([max]) => ({ max })),
  arrayUnique: rule('field_items_repeated'),
  isUuid: rule('field_not_uuid'),
  isDemoUserId: rule('field_not_demo_user_id'),
  isConflictTarget: rule('conflict_target_malformed'),
};

/** The constraints our DTOs apply to each item of a list (`{ each: true }`). */
export const EACH_CONSTRAINT_RULES: Record<string, Rule> = {
  nestedValidation: rule('field_item_not_object'),
  isString: rule('field_item_not_text'),
  notBlank: rule('field_item_blank'),
  maxLength: rule('field_item_too_long', ([max]) => ({ max })),
  isIn: rule('field_item_not_one_of', ([values]) => ({ values })),
  isConflictTarget: rule('conflict_target_malformed'),
};

const storage = getMetadataStorage();
type ValidationMetadata = ReturnType<typeof storage.getTargetValidationMetadatas>[number];

/** The name under which a constraint reports (a decorator's own name, else its type). */
export const constraintName = (metadata: ValidationMetadata): string =>
  storage.getTargetValidatorConstraints(metadata.constraintCls)[0]?.name ?? metadata.type;

/** The ValidationPipe's exceptionFactory; it needs the errors' targets (`validationError: { target: true }`). */
export const fieldValidationRefusal = (errors: ValidationError[]): RefusedException =>
  new RefusedException(refuseFields(problemsOf(errors)));

function problemsOf(errors: ValidationError[], parent?: string, problems: FieldProblem[] = []): FieldProblem[] {
  for (const error of errors) {
    if (problems.length >= MAX_FIELD_PROBLEMS) break;
    const path = parent ? `${parent}.${error.property}` : error.property;
    const names = Object.keys(error.constraints ?? {});
    const field = shownPath(path);
    // A field left out of its object is required, whatever its rules would say of a value.
    if (error.target && error.value === undefined && names.length > 0) {
      problems.push(fieldProblem(field, 'field_required', {}));
    } else {
      for (const name of names) problems.push(problemOf(error, name, field));
    }
    problemsOf(error.children ?? [], path, problems);
  }
  return problems;
}

function problemOf(error: ValidationError, name: string, field: string): FieldProblem {
  const target = error.target?.constructor;
  const metadata = target
    ? storage
        .getTargetValidationMetadatas(target, '', true, false)
        .find((m) => m.propertyName === error.property && constraintName(m) === name)
    : undefined;
  const applied = (metadata?.each ? EACH_CONSTRAINT_RULES[name] : undefined) ?? CONSTRAINT_RULES[name];
  return applied ? applied(field, metadata?.constraints ?? []) : fieldProblem(field, 'field_invalid', {});
}
