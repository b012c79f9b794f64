// Every text of the catalogue and every term says the same in both languages: each has both, with the same
// placeholders, and the Korean holds no English word outside its placeholders (names of formats and headers
// a Korean reader sees as they are excepted).
import { CATALOGUE, LANGUAGES, message, PLACEHOLDER, preferredLanguage, refuse, render, TERMS, textOf } from './index.js';

/** Words a Korean text may hold as they are: formats, headers and abbreviations read as such in Korean. */
const KEPT_IN_KOREAN = ['AI', 'JSON', 'UTF-8', 'UUID', 'MB', 'Bearer', 'Idempotency-Key', 'ID', 'URL', 'I', 'II', 'III', 'IV'];

const englishWordsIn = (korean: string): string[] =>
  (korean.replace(PLACEHOLDER, '').match(/[A-Za-z][A-Za-z0-9-]*/g) ?? []).filter((word) => !KEPT_IN_KOREAN.includes(word));

const placeholdersOf = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[0]).sort();

/** A param only the English shows: the English text of an older worker's refusal, which no Korean reader is shown. */
const ONLY_IN_ENGLISH: Record<string, string[]> = { workflow_refused: ['{reason}'] };
const inKorean = (code: string, placeholders: string[]) => placeholders.filter((p) => !ONLY_IN_ENGLISH[code]?.includes(p));

const texts = [
  ...Object.entries(CATALOGUE).map(([code, entry]) => [code, entry] as const),
  ...Object.entries(TERMS).flatMap(([table, values]) =>
    Object.entries(values).map(([value, entry]) => [`${table}.${value}`, entry as { ko: string; en: string }] as const),
  ),
];

it.each(texts)('%s is written in every language', (_code, entry) => {
  for (const language of LANGUAGES) expect(entry[language].trim()).not.toBe('');
});

it.each(texts)('%s has the same placeholders in Korean and English', (code, entry) => {
  expect(placeholdersOf(entry.ko)).toEqual(inKorean(code, placeholdersOf(entry.en)));
});

it.each(texts)('%s holds no English word in its Korean text', (_code, entry) => {
  expect(englishWordsIn(entry.ko)).toEqual([]);
});

it('the check finds an English word outside the placeholders, and a missing placeholder', () => {
  expect(englishWordsIn('{field} 결정에는 comment가 필요합니다')).toEqual(['comment']);
  expect(placeholdersOf('{a} {b:stage}')).not.toEqual(placeholdersOf('{a}'));
});

it('renders params in the reader language, terms by their table, lists joined', () => {
  const refusal = refuse('stage_refuses_action', { stage: 'APPROVED', action: 'revise' });
  expect(refusal.kind).toBe('conflict');
  expect(render('ko', refusal)).toBe('승인됨 단계의 제안에는 보완 제출을(를) 할 수 없습니다');
  expect(render('en', refusal)).toBe('a proposal in Approved does not take a revision');
});

it('renders a label given in both languages, and coded texts within a text, joined with semicolons', () => {
  const area = message('tier_floor_high_impact_area', { tier: 3, area: { ko: '교통', en: 'Transport' } });
  expect(render('ko', area)).toBe("AI 기본법의 고영향 영역 '교통'이므로 최저 등급 III (높음)");
  const screened = message('audit_screened', {
    reasons: [message('tier_from_impact', { impact: 1, impactMax: 4, share: 25, tier: 1 }), area],
  });
  expect(render('en', screened)).toBe(
    "impact 1 of 4 (25%) gives tier I (low); tier III (high): high-impact area 'Transport' of the AI Basic Act sets the floor",
  );
});

it('gives a string as it is, and a code the catalogue does not have by its code', () => {
  expect(textOf('ko', 'impact 0 of 153 (0%) gives tier I')).toBe('impact 0 of 153 (0%) gives tier I');
  expect(textOf('ko', { code: 'no_such_code', params: {} })).toBe('no_such_code');
});

it('prefers the language Accept-Language ranks higher, English when it names neither', () => {
  expect(preferredLanguage('ko-KR,ko;q=0.9,en;q=0.8')).toBe('ko');
  expect(preferredLanguage('en;q=0.9, ko;q=0.3')).toBe('en');
  expect(preferredLanguage('fr')).toBe('en');
  expect(preferredLanguage(undefined)).toBe('en');
});
