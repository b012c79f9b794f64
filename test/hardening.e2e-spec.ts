// The API's defences at its edge: headers, CORS, body limits, hostile bodies, errors in Korean, request
// ids followed into the workflow and the worker, logs without tokens or names, and rate limits.
import { randomUUID } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import { lowRiskDraft, openTask, submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';

const CONSOLE_ORIGIN = 'https://console.bareun.example.kr';
let system: System;
beforeAll(async () => {
  system = await System.start({
    CORS_ORIGINS: CONSOLE_ORIGIN,
    RATE_LIMIT_PUBLIC_PER_MINUTE: '5',
    RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '3',
    HOST: '127.0.0.1', // as `npm start` sets it
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

  it('refuses a NUL character in a query string with 400 naming the parameter, before any query runs', async () => {
    for (const [as, path, field] of [
      ['han.admin', '/api/admin/users?q=a%00b', 'q'],
      ['kim.manager', '/api/proposals?department=W%00', 'department'],
    ] as const) {
      const reply = await system.call('GET', path, { as });
      expect([path, reply.status, reply.body.fields]).toEqual([
        path,
        400,
        [expect.objectContaining({ field, code: 'field_has_nul' })],
      ]);
    }
  });

  it.each([
    ['a NUL character', { answers: { 'pi\u0000': 'yes' } }, { field: 'answers.pi\\0', code: 'field_key_has_nul' }],
    ['__proto__ at the top', JSON.parse('{"__proto__": {"admin": true}}'), { field: '__proto__', code: 'field_key_not_allowed' }],
    [
      '__proto__ in a map',
      JSON.parse('{"answers": {"__proto__": "x"}}'),
      { field: 'answers.__proto__', code: 'field_key_not_allowed' },
    ],
  ])('refuses a key with %s with 422 naming it: the document cannot narrow a map of any keys', async (_, extra, problem) => {
    const before = await proposalCount();
    const body = { ...lowRiskDraft(), ...extra };
    const reply = await system.call('POST', '/api/proposals', { as: 'kim.manager', body });
    expect(reply.status).toBe(422);
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

describe('the development stack stays on this machine', () => {
  const external = Object.values(networkInterfaces())
    .flat()
    .find((address) => address && !address.internal && address.family === 'IPv4')?.address;
  const port = () => new URL(system.baseUrl).port;

  (external ? it : it.skip)(
    `with HOST=127.0.0.1 it cannot be reached on this machine's network address (${external})`,
    async () => {
      await expect(fetch(`http://${external}:${port()}/health`)).rejects.toThrow();
      expect((await fetch(`http://127.0.0.1:${port()}/health`)).status).toBe(200);
    },
  );

  it('the demo sign-in answers this machine, and refuses what a proxy forwards for someone else', async () => {
    const signIn = (headers: Record<string, string> = {}) =>
      system.call('POST', '/api/sign-in/development', { body: { userId: 'han.admin' }, headers });
    expect((await signIn()).status).toBe(200);
    const forwarded = await signIn({ 'x-forwarded-for': '203.0.113.9' });
    expect(forwarded.status).toBe(403);
    expect(forwarded.body.code).toBe('dev_sign_in_local_only');
  });
});

/** The limits count per minute on the clock: a test of them does not start in the last seconds of one. */
async function notAtTheEndOfAMinute(): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 55_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute));
}

describe('rate limits (5 public requests and 3 failed authentications a minute here)', () => {
  it('answers 429 with Retry-After once a client exceeds the public limit', async () => {
    await notAtTheEndOfAMinute();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await system.call('GET', '/api/register')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const response = await fetch(`${system.baseUrl}/api/register`);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await system.call('GET', '/health')).status).toBe(200); // probes are not limited
  });

  it('refuses the failing tokens of a client after repeated failures, never a valid token from the same address', async () => {
    await notAtTheEndOfAMinute();
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await system.call('GET', '/api/proposals', { token: 'guess' })).status);
    expect(statuses).toEqual([401, 401, 401]);
    const guessAgain = await system.call('GET', '/api/proposals', { token: 'guess' });
    expect(guessAgain.status).toBe(429);
    expect(guessAgain.body.code).toBe('too_many_requests');
    // A colleague behind the same address (one office's NAT) signs in as ever, also many times.
    for (let i = 0; i < 5; i++) expect((await system.call('GET', '/api/proposals', { as: 'kim.manager' })).status).toBe(200);
    // Requests without a token guess nothing: they are answered 401, not counted.
    expect((await system.call('GET', '/api/proposals')).status).toBe(401);
  });
});
