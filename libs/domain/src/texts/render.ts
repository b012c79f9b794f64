import { recipientOf } from '../recipients.js';
import { CATALOGUE, type Message } from './catalogue.js';
import { type Language, type NestedMessage, type ParamItem, type ParamValue, PLACEHOLDER } from './template.js';
import { TERMS, type TermTable } from './terms.js';

/** A value as its term table names it in `language`; the value itself where the table has no entry. */
export function term(table: TermTable, value: string | number | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  const entry = (TERMS[table] as Record<string, { ko: string; en: string }>)[String(value)];
  return entry ? entry[language] : String(value);
}

const isNested = (item: ParamItem): item is NestedMessage => typeof item === 'object' && 'code' in item;

const filledItem = (item: ParamItem, table: string | undefined, language: Language): string => {
  if (item === null) return ''; // a stored param, typed as never null
  if (typeof item === 'object') return isNested(item) ? textOf(language, item as Message) : item[language];
  return table ? term(table as TermTable, item, language) : String(item);
};

const filled = (value: ParamValue | undefined, table: string | undefined, language: Language): string => {
  if (value === undefined) return '';
  if (!Array.isArray(value)) return filledItem(value as ParamItem, table, language);
  const items = value as readonly ParamItem[];
  return items.map((item) => filledItem(item, table, language)).join(items.some(isNested) ? '; ' : ', ');
};

/** The message's text in `language`, its params filled in. */
export function render(language: Language, { code, params }: Message): string {
  const template = CATALOGUE[code][language];
  const values = params as Record<string, ParamValue>;
  return template.replace(PLACEHOLDER, (_all, name: string, table?: string) => filled(values[name], table, language));
}

/** Whether `value` is a message of this catalogue (a stored one may name a code it no longer has). */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const { code, params } = value as Partial<Message>;
  return typeof code === 'string' && Object.hasOwn(CATALOGUE, code) && typeof params === 'object' && params !== null;
}

/** A coded text rendered in `language`; a plain string (a text recorded before it was coded) as it is. */
export function textOf(language: Language, text: Message | NestedMessage | string): string {
  if (typeof text === 'string') return text;
  return isMessage(text) ? render(language, text) : text.code;
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

/** Who a task or a notice is for, as people read it: a person by id, a group by its role and domain or department. */
export function recipientName(name: string, language: Language): string {
  const recipient = recipientOf(name);
  if (recipient.kind === 'person') return recipient.id;
  const role = term('role', recipient.role, language);
  if (recipient.domain) return `${role} · ${term('domain', recipient.domain, language)}`;
  return recipient.department ? `${recipient.department} ${role}` : role;
}
