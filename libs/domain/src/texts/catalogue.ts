// The one catalogue of what Bareun says to people: every refusal, field problem, tier reason, audit detail
// and notice has a stable code here with its Korean and English text. The API, the worker and the console
// render from it; clients act on the codes.
import type { PlaceholdersOf, ParamValue, Template } from './template.js';
import { AUDIT_TEXTS } from './audit.texts.js';
import { LIFECYCLE_TEXTS } from './lifecycle.texts.js';
import { NOTICE_TEXTS } from './notices.texts.js';
import { REASON_TEXTS } from './reasons.texts.js';
import { REGISTER_TEXTS } from './register.texts.js';

/** A refusal's HTTP meaning; texts that refuse nothing (a reason, a notice) have none. */
export type RefusalKind = 'invalid' | 'forbidden' | 'not_found' | 'conflict' | 'unprocessable' | 'unavailable';

export interface Entry extends Template {
  kind?: RefusalKind;
}

export const CATALOGUE = {
  ...LIFECYCLE_TEXTS,
  ...REASON_TEXTS,
  ...AUDIT_TEXTS,
  ...NOTICE_TEXTS,
  ...REGISTER_TEXTS,
} as const satisfies Record<string, Entry>;

export type MessageCode = keyof typeof CATALOGUE;

/** The params a code's text needs, each by name. */
export type ParamsOf<C extends MessageCode> = { [K in PlaceholdersOf<(typeof CATALOGUE)[C]['en']>]: ParamValue };

/** A text by its code and params, to be rendered in the reader's language. */
export interface Message<C extends MessageCode = MessageCode> {
  code: C;
  params: ParamsOf<C>;
}

export const message = <C extends MessageCode>(code: C, params: ParamsOf<C>): Message<C> => ({ code, params });

/** The codes that refuse a request, each with its kind. */
export type RefusalCode = { [C in MessageCode]: (typeof CATALOGUE)[C] extends { kind: RefusalKind } ? C : never }[MessageCode];

/** A refused request: what the caller reads (code and params) and what it means (kind → HTTP status). */
export interface Refusal<C extends RefusalCode = RefusalCode> extends Message<C> {
  kind: RefusalKind;
}

export const refuse = <C extends RefusalCode>(code: C, params: ParamsOf<C>): Refusal<C> => ({
  kind: (CATALOGUE[code] as Entry).kind!,
  code,
  params,
});
