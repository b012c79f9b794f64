// The one catalogue of what Bareun says to people: every refusal, field problem, tier reason, audit detail
// and notice has a stable code here with its Korean and English text. The API, the worker and the console
// render from it; clients act on the codes.
import type { PlaceholdersOf, ParamValue, Template } from './template.js';
import { ACCESS_TEXTS } from './access.texts.js';
import { AUDIT_TEXTS } from './audit.texts.js';
import { FIELD_TEXTS } from './fields.texts.js';
import { LIFECYCLE_TEXTS } from './lifecycle.texts.js';
import { NOTICE_TEXTS } from './notices.texts.js';
import { PROPOSAL_TEXTS } from './proposals.texts.js';
import { REASON_TEXTS } from './reasons.texts.js';
import { REGISTER_TEXTS } from './register.texts.js';
import { REQUEST_TEXTS } from './requests.texts.js';
import { TASK_TEXTS } from './tasks.texts.js';

/** A refusal's HTTP meaning; texts that refuse nothing (a reason, a notice) have none. */
export type RefusalKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'unsupported'
  | 'unprocessable'
  | 'rate_limited'
  | 'unavailable';

export interface Entry extends Template {
  kind?: RefusalKind;
}

export const CATALOGUE = {
  ...LIFECYCLE_TEXTS,
  ...REASON_TEXTS,
  ...AUDIT_TEXTS,
  ...NOTICE_TEXTS,
  ...REGISTER_TEXTS,
  ...ACCESS_TEXTS,
  ...REQUEST_TEXTS,
  ...PROPOSAL_TEXTS,
  ...TASK_TEXTS,
  ...FIELD_TEXTS,
} as const satisfies Record<string, Entry>;

export type MessageCode = keyof typeof CATALOGUE;

/** The params a code's text needs, each by name. */
export type ParamsOf<C extends MessageCode> = { [K in PlaceholdersOf<(typeof CATALOGUE)[C]['en']>]: ParamValue };

/** A text by its code and params, to be rendered in the reader's language (for a union of codes, one of them). */
export type Message<C extends MessageCode = MessageCode> = C extends MessageCode ? { code: C; params: ParamsOf<C> } : never;

export const message = <C extends MessageCode>(code: C, params: ParamsOf<C>): Message<C> => ({ code, params }) as Message<C>;

/** The codes that refuse a request, each with its kind. */
export type RefusalCode = { [C in MessageCode]: (typeof CATALOGUE)[C] extends { kind: RefusalKind } ? C : never }[MessageCode];

export const isRefusalCode = (code: unknown): code is RefusalCode =>
  typeof code === 'string' && Object.hasOwn(CATALOGUE, code) && (CATALOGUE[code as MessageCode] as Entry).kind !== undefined;

/** A problem of one field of a request, by its path (`title`, `changes.title`, `answers.pi_people_affected`). */
export type FieldProblem = Message<RefusalCode> & { field: string };

/**
 * A refused request: what the caller reads (code and params), what it means (kind → HTTP status) and, for
 * problems of fields, each by its field.
 */
export type Refusal<C extends RefusalCode = RefusalCode> = Message<C> & { kind: RefusalKind; fields?: readonly FieldProblem[] };

export const refuse = <C extends RefusalCode>(code: C, params: ParamsOf<C>): Refusal<C> =>
  ({ ...message(code, params), kind: (CATALOGUE[code] as Entry).kind! }) as Refusal<C>;
