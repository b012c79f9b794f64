// One message table per language; Korean first, English on request (kept in localStorage).
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { en } from './en.js';
import { ko, type Messages } from './ko.js';

export type Language = 'ko' | 'en';
const TABLES: Record<Language, Messages> = { ko, en };
export type MessageKey = keyof Messages;

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey) => string;
  /** A key built from a value (`stage_…`, `decision_…`); the value itself when there is no message. */
  tv: (prefix: string, value: string | null | undefined) => string;
  /** Korean or English of a policy label. */
  label: (text: { ko: string; en: string }) => string;
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
  const tv = (prefix: string, value: string | null | undefined) =>
    value == null ? table.none : ((table as Record<string, string>)[`${prefix}_${value}`] ?? value);
  const label = (text: { ko: string; en: string }) => text[language];
  return <I18nContext.Provider value={{ language, setLanguage, t, tv, label }}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

/** Dates as people in Seoul read them. */
export const formatDate = (iso: string, language: Language) =>
  new Date(iso).toLocaleString(language === 'ko' ? 'ko-KR' : 'en-GB', {
    timeZone: 'Asia/Seoul',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
