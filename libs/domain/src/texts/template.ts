// A text in both languages. `{name}` is filled with the param `name`; `{name:table}` with the param's value
// named in that term table (terms.ts), and a list param with its items joined.
export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Template {
  ko: string;
  en: string;
}

export type ParamValue = string | number | readonly (string | number)[];
export type Params = Readonly<Record<string, ParamValue>>;

/** The param names a template's text holds: `{id}` and `{to:stage}` give 'id' and 'to'. */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${infer Name}:${string}` ? Name : P) | PlaceholdersOf<Rest>
  : never;

/** `{name}` or `{name:table}`, as the renderer reads them. */
export const PLACEHOLDER = /\{(\w+)(?::(\w+))?\}/g;
