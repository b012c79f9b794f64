import { englishSentencesIn } from './support/english.js';

it('finds an English sentence in a Korean text, and passes ids, paths and single words', () => {
  expect(englishSentencesIn('요청을 처리할 수 없습니다: no proposal abc in your department')).toEqual([
    'no proposal abc in your department',
  ]);
  expect(englishSentencesIn('answers.pi_people_affected 항목은 필수입니다')).toEqual([]);
  expect(englishSentencesIn('park.expert님이 1.0.0 버전을 AI 등록부에 올렸습니다 (Idempotency-Key)')).toEqual([]);
});
