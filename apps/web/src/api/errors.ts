// Errors of the API as the console shows them: `{statusCode, error, code, message, fields?}`, each text already
// in the user's language (the console sends Accept-Language). `fields` names each field at fault by its path,
// so a form puts each message beside its field; `message` says the rest.
import { type Language, type Message, message as text, render, TERMS } from '#domain/texts';
import type { components } from './schema.js';

type ErrorReply = components['schemas']['ErrorReply'];
type FieldProblem = components['schemas']['FieldProblem'];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly language: Language = 'ko',
  ) {
    super(message);
  }

  /** What to show where no form places it: each field's message, or the refusal's own when it names none. */
  get messages(): string[] {
    return this.fields.length > 0 ? this.fields.map((f) => f.message) : [this.message];
  }

  /** The messages per field of a form (a field holds its sub-fields: `answers` holds `answers.x`), and the rest. */
  byField(formFields: string[]): { fields: Record<string, string[]>; general: string[] } {
    const result = { fields: {} as Record<string, string[]>, general: this.fields.length > 0 ? [] : [this.message] };
    for (const problem of this.fields) {
      const owner = formFields.find((f) => problem.field === f || problem.field.startsWith(`${f}.`));
      if (owner) (result.fields[owner] ??= []).push(this.besideItsField(problem, owner));
      else result.general.push(problem.message);
    }
    return result;
  }

  /**
   * A problem shown beside its own field: where the catalogue has no name for the field (a question's
   * answer, `answers.pi_people_affected`; a condition's evidence) it says "this" rather than the path.
   */
  private besideItsField(problem: FieldProblem, owner: string): string {
    if (problem.field !== owner || Object.hasOwn(TERMS.field, problem.field)) return problem.message;
    try {
      const here = render(this.language, {
        code: problem.code,
        params: { ...problem.params, field: { ko: '이', en: 'this' } },
      } as Message);
      return here.charAt(0).toUpperCase() + here.slice(1);
    } catch {
      return problem.message; // a code this console does not know yet
    }
  }
}

/** The API's refusal; a reply that is not one (a proxy's error page, say) as `request_refused` in `language`. */
export async function errorFrom(response: Response, language: Language): Promise<ApiError> {
  const body = (await response.json().catch(() => undefined)) as Partial<ErrorReply> | undefined;
  if (typeof body?.code === 'string' && typeof body.message === 'string') {
    return new ApiError(response.status, body.code, body.message, body.fields ?? [], language);
  }
  return new ApiError(response.status, 'request_refused', render(language, text('request_refused', {})));
}
