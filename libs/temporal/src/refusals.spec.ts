import { refuse, refuseField, render } from '#domain';
import { RefusedException, refusalOfFailure } from './refusals.js';

const failure = (type: string, message: string, details?: unknown[]) => ({ type, message, details });

it('reads the refusal a validator sent in its failure, fields and all', () => {
  const sent = refuseField('comment', 'decision_needs_comment', { decision: 'reject' });
  const { kind: _, ...details } = sent;
  const refusal = refusalOfFailure(failure('BareunInvalid', render('en', sent), [details]));
  expect(refusal).toEqual(sent);
  expect(new RefusedException(refusal!).getStatus()).toBe(400);
});

it('a failure without a code it knows (a worker of another release) is workflow_refused, its status from the type', () => {
  const old = refusalOfFailure(failure('BareunForbidden', 'you cannot review a proposal of your own department (WELFARE)'));
  expect(old).toEqual({
    kind: 'forbidden',
    code: 'workflow_refused',
    params: { reason: 'you cannot review a proposal of your own department (WELFARE)' },
  });
  expect(render('en', old!)).toBe('the workflow refused the step: you cannot review a proposal of your own department (WELFARE)');
  expect(render('ko', old!)).toBe('워크플로가 이 단계를 거부했습니다');
  const newer = refusalOfFailure(failure('BareunConflict', 'a newer rule', [{ code: 'rule_of_tomorrow', params: {} }]));
  expect(newer).toMatchObject({ kind: 'conflict', code: 'workflow_refused' });
});

it('leaves alone a failure that is not a refusal', () => {
  expect(refusalOfFailure(failure('TypeError', 'x is undefined'))).toBeUndefined();
  expect(new RefusedException(refuse('workflow_unavailable', {})).getStatus()).toBe(503);
});
