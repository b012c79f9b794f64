import { fieldProblem, refuseField, refuseFields, render } from './index.js';

it('names a field by its label in the reader language, and a path without one as it is', () => {
  expect(render('ko', fieldProblem('title', 'field_required', {}))).toBe('제목 항목은 필수입니다');
  expect(render('en', fieldProblem('changes.title', 'field_length', { min: 1, max: 200 }))).toBe(
    'new title must be 1 to 200 characters long',
  );
  expect(render('ko', fieldProblem('answers.pi_people_affected', 'field_required', {}))).toBe(
    'answers.pi_people_affected 항목은 필수입니다',
  );
});

it('one problem is refused under its own code, several under invalid_fields, each by its field', () => {
  const comment = refuseField('comment', 'decision_needs_comment', { decision: 'reject' });
  expect(comment).toMatchObject({ kind: 'invalid', code: 'decision_needs_comment', fields: [{ field: 'comment' }] });
  expect(render('ko', comment)).toBe('반려 결정에는 의견이 필요합니다');
  const two = refuseFields([fieldProblem('title', 'field_required', {}), fieldProblem('reason', 'field_blank', {})]);
  expect(two).toMatchObject({ kind: 'invalid', code: 'invalid_fields', params: { count: 2 } });
  expect(two.fields?.map((f) => render('en', f))).toEqual(['title is required', 'reason must not be blank']);
});

it('keeps the kind of a code that is not a field problem', () => {
  expect(refuseField('assignee', 'person_not_found', { id: 'nobody' }).kind).toBe('not_found');
});

it('several problems of fields each valid alone that disagree together are unprocessable, as one of them is', () => {
  const flag = fieldProblem('personalData', 'flag_required_by_answer', { answer: 'answers.sa_data_kinds' });
  const automation = fieldProblem('automation', 'automation_differs_from_answer', {
    answer: 'answers.profile_automation',
    expected: 'advisory',
  });
  expect(refuseFields([flag]).kind).toBe('unprocessable');
  expect(refuseFields([flag, automation])).toMatchObject({ kind: 'unprocessable', code: 'invalid_fields' });
  expect(refuseFields([flag, fieldProblem('title', 'field_required', {})]).kind).toBe('invalid');
});
