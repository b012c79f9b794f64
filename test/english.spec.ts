import { englishSentencesIn, englishWordsIn } from './support/english.js';
import { koreanRefusalFaults } from './support/refusals.js';

it('finds an English sentence in a Korean text, and passes ids, paths and single words', () => {
  expect(englishSentencesIn('요청을 처리할 수 없습니다: no proposal abc in your department')).toEqual([
    'no proposal abc in your department',
  ]);
  expect(englishSentencesIn('answers.pi_people_affected 항목은 필수입니다')).toEqual([]);
  expect(englishSentencesIn('park.expert님이 1.0.0 버전을 AI 등록부에 올렸습니다 (Idempotency-Key)')).toEqual([]);
});

it('a refusal for a Korean reader: a code of the catalogue, no English sentence but the fields and values it echoes', () => {
  const field = { field: 'answers.my own words here', params: { field: 'answers.my own words here' } };
  const echoing = {
    code: 'answer_not_a_question',
    message: '요청이 올바르지 않습니다',
    fields: [{ ...field, message: 'answers.my own words here: 정책 2026.1에 없는 질문입니다' }],
  };
  expect(koreanRefusalFaults(echoing)).toEqual([]);
  expect(koreanRefusalFaults({ code: 'no_such_code', message: 'no proposal abc in your department' })).toEqual([
    'no_such_code is not a code of the catalogue',
    'English in "no proposal abc in your department": no proposal abc in your department',
  ]);
});

it('finds every English word in a Korean page, and passes identifiers, codes in capitals and the allowed names', () => {
  expect(englishWordsIn('제출 Submit 했습니다; tier reasons')).toEqual(['Submit', 'tier', 'reasons']);
  expect(
    englishWordsIn('lee.manager · TRANSPORT · AI 등록부 · 1.0.0 · answers.pi_people_affected · Temporal UI에서 보기 · English'),
  ).toEqual([]);
});
