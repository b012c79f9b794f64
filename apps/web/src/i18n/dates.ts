// Dates and times as people in Seoul write them, whatever the browser's locale or time zone: computed here
// rather than by Intl, whose output follows the browser's ICU data. Korea keeps no summer time: UTC+9 all year.
import type { Language } from '#domain/texts';

const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;
const WEEKDAYS = { ko: ['일', '월', '화', '수', '목', '금', '토'], en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The wall clock in Seoul at `iso`. */
function seoul(iso: string) {
  const at = new Date(new Date(iso).getTime() + SEOUL_OFFSET_MS);
  return {
    year: at.getUTCFullYear(),
    month: at.getUTCMonth() + 1,
    day: at.getUTCDate(),
    weekday: at.getUTCDay(),
    hour: at.getUTCHours(),
    minute: String(at.getUTCMinutes()).padStart(2, '0'),
  };
}

/** `2026. 12. 1.(화)` or `Tue 1 Dec 2026`. */
export function formatDay(iso: string, language: Language): string {
  const { year, month, day, weekday } = seoul(iso);
  return language === 'ko'
    ? `${year}. ${month}. ${day}.(${WEEKDAYS.ko[weekday]})`
    : `${WEEKDAYS.en[weekday]} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** `2026. 12. 1.(화) 오후 9:59` or `Tue 1 Dec 2026, 9:59 pm`, in Seoul's time. */
export function formatDateTime(iso: string, language: Language): string {
  const { hour, minute } = seoul(iso);
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return language === 'ko'
    ? `${formatDay(iso, language)} ${hour < 12 ? '오전' : '오후'} ${twelve}:${minute}`
    : `${formatDay(iso, language)}, ${twelve}:${minute} ${hour < 12 ? 'am' : 'pm'}`;
}

/**
 * A day typed the Korean way (`2026. 12. 1.`, `2026.12.01`, `2026-12-01`, `20261201`) as `YYYY-MM-DD`;
 * undefined when it is no real day.
 */
export function parseDay(text: string): string | undefined {
  const found = /^\s*(\d{4})\s*[.\-/]?\s*(\d{1,2})\s*[.\-/]?\s*(\d{1,2})\s*\.?\s*$/.exec(text);
  if (!found) return undefined;
  const [year, month, day] = found.slice(1).map(Number);
  const at = new Date(Date.UTC(year, month - 1, day));
  if (at.getUTCMonth() !== month - 1 || at.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The start of a Seoul day (`YYYY-MM-DD`) as an instant. */
export const startOfSeoulDay = (day: string): string => new Date(`${day}T00:00:00+09:00`).toISOString();
