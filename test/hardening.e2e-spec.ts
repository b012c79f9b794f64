// The API's defences at its edge: headers, CORS, body limits, hostile bodies, errors in Korean, request
// ids followed into the workflow and the worker, logs without tokens or names, and rate limits.
import { randomUUID } from 'node:crypto';
import { lowRiskDraft, openTask, submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';

const CONSOLE_ORIGIN = 'https://console.bareun.example.kr';
let system: System;
beforeAll(async () => {
  system = await System.start({
    CORS_ORIGINS: CONSOLE_ORIGIN,
    RATE_LIMIT_PUBLIC_PER_MINUTE: '5',
    RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '3',
  });
});
afterAll(() => system.stop());

const proposalCount = async () => Number((await system.db.query('SELECT count(*) FROM proposals')).rows[0].count);

it('sends security headers and no X-Powered-By', async () => {
  const response = await fetch(`${system.baseUrl}/api/questionnaire`, {
    headers: { authorization: `Bearer ${system.token('kim.manager')}` },
  });
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
  expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
  expect(response.headers.get('x-powered-by')).toBeNull();
});

it('allows cross-origin calls from the configured origin only', async () => {
  const preflight = (origin: string) =>
    fetch(`${system.baseUrl}/api/proposals`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
  expect((await preflight(CONSOLE_ORIGIN)).headers.get('access-control-allow-origin')).toBe(CONSOLE_ORIGIN);
  expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
});

describe('bodies', () => {
  const post = (body: string) =>
    fetch(`${system.baseUrl}/api/proposals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${system.token('kim.manager')}`, 'content-type': 'application/json' },
      body,
    });

  it('refuses a body over 1 MB with 413, and malformed JSON with 400, creating nothing', async () => {
    const before = await proposalCount();
    const large = await post(JSON.stringify({ ...lowRiskDraft(), summary: 'x'.repeat(1_100_000) }));
    expect(large.status).toBe(413);
    expect(await large.json()).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      code: 'body_too_large',
      message: 'the body is larger than the limit of 1 MB',
    });
    const malformed = await post('{"title": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ code: 'body_not_json', message: 'the body is not valid JSON' });
    expect(await proposalCount()).toBe(before);
  });

  it.each([
    ['a NUL character', { ...lowRiskDraft(), title: 'chat\u0000bot' }, { field: 'title', code: 'field_has_nul' }],
    [
      'a __proto__ key',
      JSON.parse(`{"__proto__": {"admin": true}, "title": "x"}`),
      { field: '__proto__', code: 'field_not_allowed' },
    ],
    [
      'a nested NUL in an answer',
      { ...lowRiskDraft(), answers: { profile_data_sources: 'a\u0000' } },
      { field: 'answers.profile_data_sources', code: 'field_has_nul' },
    ],
  ])('refuses %s with 400 naming it', async (_, body, problem) => {
    const before = await proposalCount();
    const reply = await system.call('POST', '/api/proposals', { as: 'kim.manager', body });
    expect(reply.status).toBe(400);
    expect(reply.body.fields).toEqual([expect.objectContaining(problem)]);
    expect(await proposalCount()).toBe(before);
  });
});

it('answers in Korean when Accept-Language prefers it, in English otherwise', async () => {
  const body = { ...lowRiskDraft(), title: '', extra: 1 };
  const korean = await system.call('POST', '/api/proposals', {
    as: 'kim.manager',
    body,
    headers: { 'accept-language': 'ko-KR,ko;q=0.9' },
  });
  expect(korean.status).toBe(400);
  expect(korean.body).toMatchObject({ code: 'invalid_fields', message: '요청이 올바르지 않습니다: 항목별 문제 2건' });
  const messages = (reply: typeof korean) => reply.body.fields.map((f: { message: string }) => f.message).sort();
  expect(messages(korean)).toEqual(['extra 항목은 허용되지 않습니다', '제목 항목은 1자 이상 200자 이하여야 합니다']);
  const english = await system.call('POST', '/api/proposals', { as: 'kim.manager', body });
  expect(messages(english)).toEqual(['extra is not allowed here', 'title must be 1 to 200 characters long']);
  expect(english.body.fields.map((f: { field: string; code: string }) => `${f.field} ${f.code}`).sort()).toEqual([
    'extra field_not_allowed',
    'title field_length',
  ]);
});

it('follows a request id from the API into the audit log and the worker, and never logs tokens or names', async () => {
  const proposalId = await submittedProposal(system);
  const review = await openTask(system, proposalId, 'expert_review', 'park.expert');
  await system.call('POST', `/api/tasks/${review.id}/claim`, { as: 'park.expert' });
  const requestId = `review-${randomUUID()}`;
  const token = system.token('park.expert');
  const response = await fetch(`${system.baseUrl}/api/tasks/${review.id}/complete`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify({ decision: 'approve', comment: '' }),
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('x-request-id')).toBe(requestId);

  const entry = await system.db.query('SELECT action FROM audit_entries WHERE request_id = $1', [requestId]);
  expect(entry.rows).toEqual([{ action: 'expert_review_approve' }]);
  const lines = () =>
    system.logs.filter((line) => line.includes(requestId)).map((line) => JSON.parse(line.slice(line.indexOf('{'))));
  await system.eventually(
    async () => lines(),
    (found) => found.some((l) => l.msg === 'activity completed'),
  );
  expect(lines()).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ service: 'api', msg: 'request', route: '/api/tasks/:id/complete', status: 200 }),
      expect.objectContaining({ service: 'worker', msg: 'activity completed', activityType: 'recordTaskChange' }),
    ]),
  );
  const everything = system.logs.join('\n');
  expect(everything).not.toContain(token);
  expect(everything).not.toContain(token.split('.')[2]);
  expect(everything).not.toContain('박서연'); // the expert's name, which the token carries
});

it('gives a fresh request id when the offered one is not sane', async () => {
  const response = await fetch(`${system.baseUrl}/health`, { headers: { 'x-request-id': 'x'.repeat(500) } });
  expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});

describe('rate limits (5 public requests and 3 failed authentications a minute here)', () => {
  it('answers 429 with Retry-After once a client exceeds the public limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await system.call('GET', '/api/register')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const response = await fetch(`${system.baseUrl}/api/register`);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await system.call('GET', '/health')).status).toBe(200); // probes are not limited
  });

  it('refuses a client after repeated failed authentications, before reading its token', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await system.call('GET', '/api/proposals', { token: 'guess' })).status);
    expect(statuses).toEqual([401, 401, 401]);
    const afterwards = await system.call('GET', '/api/proposals', { as: 'kim.manager' });
    expect(afterwards.status).toBe(429);
    expect(afterwards.body.code).toBe('too_many_requests');
  });
});
