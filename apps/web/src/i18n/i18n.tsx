// One message table per language for the console's own words; Korean first, English on request (kept in
// localStorage). The domain's values and texts come from the catalogue (#domain/texts), in the same language.
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { type Language, type NestedMessage, type TermTable, term, textOf } from '#domain/texts';
import { en } from './en.js';
import { ko, type Messages } from './ko.js';

export type { Language };
const TABLES: Record<Language, Messages> = { ko, en };
export type MessageKey = keyof Messages;

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey) => string;
  /** A value named by its term table (a stage, a decision…); the value itself when the table has no entry. */
  tv: (table: TermTable, value: string | number | null | undefined) => string;
  /** A coded text (as the API gives it: code and params) rendered; a plain string as it is. */
  say: (text: CodedText | string) => string;
  /** Korean or English of a policy label. */
  label: (text: { ko: string; en: string }) => string;
}

/** A text of the catalogue as the API's views carry it. */
export interface CodedText {
  code: string;
  params: Record<string, unknown>;
}

const I18nContext = createContext<I18n | undefined>(undefined);
const STORED = 'bareun.language';

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(() => (localStorage.getItem(STORED) === 'en' ? 'en' : 'ko'));
  useEffect(() => {
    localStorage.setItem(STORED, language);
    document.documentElement.lang = language;
  }, [language]);
  const table = TABLES[language];
  const t = (key: MessageKey) => table[key];
  const tv = (termTable: TermTable, value: string | number | null | undefined) =>
    value == null ? table.none : term(termTable, value, language);
  const say = (text: CodedText | string) => textOf(language, text as NestedMessage | string);
  const label = (text: { ko: string; en: string }) => text[language];
  return <I18nContext.Provider value={{ language, setLanguage, t, tv, say, label }}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
