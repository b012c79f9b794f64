// Errors of the API as the console shows them: Nest's {statusCode, error, message}, the message already in
// the user's language (the console sends Accept-Language). A 400 names the fields at fault, in English and
// in Korean alike ("title must be…", "title 항목은…", "request_changes 결정에는 comment가…"), so each
// message can be put next to the field it names.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messages: string[],
  ) {
    super(messages.join('; '));
  }

  /** The messages per field of a form (a field holds its sub-fields: `answers` holds `answers.x`), and the rest. */
  byField(fields: string[]): { fields: Record<string, string[]>; general: string[] } {
    const result = { fields: {} as Record<string, string[]>, general: [] as string[] };
    for (const message of this.messages) {
      const field = fieldNamedIn(message, fields);
      if (field) (result.fields[field] ??= []).push(message);
      else result.general.push(message);
    }
    return result;
  }
}

/** The form field a message is about: the path it starts with, else the one field it names. */
export function fieldNamedIn(message: string, fields: string[]): string | undefined {
  const leading = /^(?:property |each value in )?([\w-]+(?:\.[\w-]+)*)/.exec(message)?.[1];
  const owner = (path: string) => fields.find((f) => path === f || path.startsWith(`${f}.`));
  if (leading && owner(leading)) return owner(leading);
  const named = fields.filter((f) => new RegExp(`(^|[^\\w.])${f.replace(/[.]/g, '\\.')}([^\\w]|$)`).test(message));
  return named.length === 1 ? named[0] : undefined;
}

export async function errorFrom(response: Response): Promise<ApiError> {
  let message: unknown;
  try {
    message = ((await response.json()) as { message?: unknown }).message;
  } catch {
    message = response.statusText;
  }
  const messages = Array.isArray(message) ? message.map(String) : [String(message ?? response.status)];
  return new ApiError(response.status, messages);
}
