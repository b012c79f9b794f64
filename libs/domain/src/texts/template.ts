// A text in both languages. `{name}` is filled with the param `name`; `{name:table}` with the param's value
// named in that term table (terms.ts), and a list param with its items joined.
export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Template {
  ko: string;
  en: string;
}

/**
 * A param's value: a string or number (named in a term table when the placeholder names one), a text given in
 * both languages (a policy's label), or a coded text of its own (a reason within an audit detail), rendered in
 * the same language; or a list of these, joined with ', ' (with '; ' when its items are coded texts).
 */
export type ParamItem = string | number | Template | NestedMessage;
export type ParamValue = ParamItem | readonly ParamItem[];
type Params = Readonly<Record<string, ParamValue>>;

/** A coded text as a param holds it (catalogue.ts types it by its code as `Message`). */
export interface NestedMessage {
  code: string;
  params: Params;
}

/** The param names a template's text holds: `{id}` and `{to:stage}` give 'id' and 'to'. */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${infer Name}:${string}` ? Name : P) | PlaceholdersOf<Rest>
  : never;

/** `{name}` or `{name:table}`, as the renderer reads them. */
export const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;
