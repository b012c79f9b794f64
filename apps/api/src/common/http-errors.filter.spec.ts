import type { ArgumentsHost } from '@nestjs/common';
import { NotFoundException } from '@nestjs/common';
import { fieldProblem, refuse, refuseFields } from '#domain';
import { RefusedException } from '#temporal';
import { HttpErrorsFilter } from './http-errors.filter.js';
import { KnownRoutes } from './known-routes.js';
import { TooManyRequests } from './rate-limits.js';

/** What the filter answers to `exception` for a caller who sends `acceptLanguage`. */
const routes = new KnownRoutes();
routes.learn({ paths: { '/api/proposals/{id}': { get: {}, patch: {} }, '/api/proposals': { get: {}, post: {} } } });

function answer(exception: unknown, acceptLanguage?: string, { method = 'GET', path = '/api/nowhere' } = {}) {
  const sent = { status: 0, body: undefined as any, headers: {} as Record<string, string> };
  const request = { method, path, ip: '127.0.0.1', header: () => acceptLanguage };
  const response = {
    status: (status: number) => ((sent.status = status), response),
    json: (body: unknown) => void (sent.body = body),
    setHeader: (name: string, value: string) => void (sent.headers[name] = value),
  };
  const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ArgumentsHost;
  new HttpErrorsFilter(routes).catch(exception, host);
  return sent;
}

const claimed = new RefusedException(refuse('task_claimed_by_other', { id: 't-1', assignee: 'park.expert' }));

it("answers a refusal with its code and its text in the caller's language, English by default", () => {
  expect(answer(claimed, 'ko-KR,ko;q=0.9')).toMatchObject({
    status: 409,
    body: {
      statusCode: 409,
      error: 'Conflict',
      code: 'task_claimed_by_other',
      message: '이 과제(t-1)는 이미 다른 사람이 맡았습니다: park.expert',
    },
  });
  expect(answer(claimed, 'fr').body.message).toBe('task t-1 is already claimed by park.expert');
  expect(answer(claimed).body).toEqual({
    statusCode: 409,
    error: 'Conflict',
    code: 'task_claimed_by_other',
    message: 'task t-1 is already claimed by park.expert',
  });
});

it('lists the problems of fields, each with its path, code, params and text', () => {
  const problems = [fieldProblem('title', 'field_required', {}), fieldProblem('answers.x', 'field_not_text', {})];
  expect(answer(new RefusedException(refuseFields(problems)), 'ko').body).toEqual({
    statusCode: 400,
    error: 'Bad Request',
    code: 'invalid_fields',
    message: '요청이 올바르지 않습니다: 항목별 문제 2건',
    fields: [
      { field: 'title', code: 'field_required', params: { field: 'title' }, message: '제목 항목은 필수입니다' },
      { field: 'answers.x', code: 'field_not_text', params: { field: 'answers.x' }, message: 'answers.x 항목은 글이어야 합니다' },
    ],
  });
});

it("codes what is raised before any controller: the body parser's errors, the router's 404", () => {
  const malformed = Object.assign(new Error('Unexpected end of JSON input'), { type: 'entity.parse.failed' });
  expect(answer(malformed, 'ko').body).toMatchObject({
    statusCode: 400,
    code: 'body_not_json',
    message: '요청 본문이 올바른 JSON이 아닙니다',
  });
  const tooLarge = Object.assign(new Error('request entity too large'), { type: 'entity.too.large' });
  expect(answer(tooLarge).body).toMatchObject({
    statusCode: 413,
    code: 'body_too_large',
    message: 'the body is larger than the limit of 1 MB',
  });
  expect(answer(new NotFoundException('Cannot GET /api/nowhere')).body).toMatchObject({
    statusCode: 404,
    code: 'route_not_found',
    message: 'there is no GET /api/nowhere',
  });
});

it('answers another method on a known path with 405 and the methods it takes in Allow', () => {
  const path = '/api/proposals/1b4e28ba-2fa1-41d2-883f-0016d3cca427';
  expect(answer(new NotFoundException(`Cannot DELETE ${path}`), 'en', { method: 'DELETE', path })).toMatchObject({
    status: 405,
    headers: { Allow: 'GET, PATCH' },
    body: { statusCode: 405, error: 'Method Not Allowed', code: 'method_not_allowed' },
  });
  expect(
    answer(new NotFoundException('Cannot TRACE /api/proposals'), 'en', { method: 'TRACE', path: '/api/proposals' }).headers,
  ).toEqual({
    Allow: 'GET, POST',
  });
  expect(answer(new NotFoundException('Cannot GET /api/nowhere')).status).toBe(404);
});

it('says when to come back: Retry-After with a 429 and with a 503', () => {
  expect(answer(new TooManyRequests(12), 'ko')).toMatchObject({
    status: 429,
    headers: { 'Retry-After': '12' },
    body: { code: 'too_many_requests', message: '요청이 너무 많습니다. 12초 뒤에 다시 시도하세요' },
  });
  const unreachable = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  expect(answer(unreachable)).toMatchObject({
    status: 503,
    headers: { 'Retry-After': '5' },
    body: { code: 'database_unavailable' },
  });
});

it('tells nothing of an unforeseen error but a code and the request id to quote', () => {
  const { status, body } = answer(new TypeError("Cannot read properties of undefined (reading 'x')"), 'ko');
  expect(status).toBe(500);
  expect(body).toEqual({
    statusCode: 500,
    error: 'Internal Server Error',
    code: 'internal_error',
    message: '서버에서 문제가 생겼습니다. 문의할 때 요청 ID를 알려 주세요: unknown',
  });
});
