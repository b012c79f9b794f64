import { CATALOGUE, type Message } from './catalogue.js';
import { type Language, type ParamValue, PLACEHOLDER } from './template.js';
import { TERMS, type TermTable } from './terms.js';

/** A value as its term table names it in `language`; the value itself where the table has no entry. */
export function term(table: TermTable, value: string | number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  const entry = (TERMS[table] as Record<string, { ko: string; en: string }>)[String(value)];
  return entry ? entry[language] : String(value);
}

const filled = (value: ParamValue | undefined, table: string | undefined, language: Language): string => {
  const one = (item: string | number) => (table ? term(table as TermTable, item, language) : String(item));
  if (value === undefined) return '';
  return Array.isArray(value) ? value.map(one).join(', ') : one(value as string | number);
};

/** The message's text in `language`, its params filled in. */
export function render(language: Language, { code, params }: Message): string {
  const template = CATALOGUE[code][language];
  const values = params as Record<string, ParamValue>;
  return template.replace(PLACEHOLDER, (_all, name: string, table?: string) => filled(values[name], table, language));
}

/** The preferred of ko and en by Accept-Language quality values; en when neither is asked for. */
export function preferredLanguage(header: string | undefined): Language {
  let best: { language: Language; q: number } = { language: 'en', q: 0 };
  for (const part of (header ?? '').split(',').slice(0, 20)) {
    const [tag, ...options] = part.trim().toLowerCase().split(';');
    const language = tag === 'ko' || tag.startsWith('ko-') ? 'ko' : tag === 'en' || tag.startsWith('en-') ? 'en' : undefined;
    const q = Number(options.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? 1);
    if (language && Number.isFinite(q) && q > best.q) best = { language, q };
  }
  return best.language;
}
