// Problems of fields as refusals: one problem is refused under its own code, several under `invalid_fields`;
// either way `fields` names each, so a form can put it beside its field.
import { type FieldProblem, type ParamsOf, type Refusal, type RefusalCode, refuse } from './catalogue.js';

/** Past this many, the checks of a caller's keys stop reporting: a hostile body gets a short answer. */
export const MAX_FIELD_PROBLEMS = 20;

/** The params of a code, less the field: its path fills `{field}`. */
type ParamsBesideField<C extends RefusalCode> = Omit<ParamsOf<C>, 'field'>;

export const fieldProblem = <C extends RefusalCode>(field: string, code: C, params: ParamsBesideField<C>): FieldProblem =>
  ({ field, code, params: { ...params, field } }) as FieldProblem;

/** A path as a refusal shows it: a caller's key of any length is cut at 80 characters. */
export const shownPath = (path: string): string => (path.length > 80 ? `${path.slice(0, 80)}…` : path);

/** The refusal of one field: its code says what is wrong, `fields` where. */
export const refuseField = <C extends RefusalCode>(field: string, code: C, params: ParamsBesideField<C>): Refusal =>
  refuseFields([fieldProblem(field, code, params)]);

export function refuseFields(problems: readonly FieldProblem[]): Refusal {
  if (problems.length === 1) return { ...refuse(problems[0].code, problems[0].params as never), fields: problems };
  const several = { ...refuse('invalid_fields', { count: problems.length }), fields: problems };
  // Fields each valid alone that disagree together (a flag and its answer) are a 422, as one of them is.
  const unprocessable = problems.every((p) => refuse(p.code, p.params as never).kind === 'unprocessable');
  return unprocessable ? { ...several, kind: 'unprocessable' } : several;
}
