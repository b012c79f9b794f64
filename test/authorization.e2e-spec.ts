// Who may call what: every endpoint × every role, own and other department, with the status each gets.
// The table is checked against the OpenAPI document, so an endpoint added without a row fails here.
// Targets are chosen so that a permitted caller meets the next rule (409: not at that stage) rather than
// changing anything: a status past 401/403/404 shows the access rule let the caller through. Every call asks
// for Korean, and every refusal must come back coded and in Korean. An endpoint may have more rows than one, for
// more targets: 'GET /api/proposals/{id} · a draft' is a second row of 'GET /api/proposals/{id}'.
import { lowRiskDraft, openTask, reachStatus, submittedProposal } from './support/proposals.js';
import { publishAuditDigest } from './support/audit-digest.js';
import { koreanRefusalFaults } from './support/refusals.js';
import { type DemoUserId, System } from './support/system.js';

type Caller = 'anonymous' | DemoUserId;
/**
 * Managers of WELFARE (own) and TRANSPORT (other); experts of SAIF (other) and WELFARE (own); and last yoon.expert
 * (SAIF, technical and privacy-legal, a declared conflict with TRANSPORT), who is answered as park.expert is unless
 * a row says otherwise.
 */
const CALLERS = [
  'anonymous',
  'kim.manager',
  'lee.manager',
  'park.expert',
  'choi.expert',
  'jung.officer',
  'han.admin',
  'yoon.expert',
] as const;
type Expected = [number, number, number, number, number, number, number, number?];

interface Targets {
  review: string; // a WELFARE proposal in EXPERT_REVIEW, its technical review open
  transportReview: string; // a TRANSPORT proposal in EXPERT_REVIEW, its technical review open
  signoff: string; // a WELFARE proposal in ETHICS_SIGNOFF, its technical review decided by park.expert
  draft: string; // a WELFARE draft
  withdrawn: string; // a WELFARE proposal withdrawn during its review
  cancelledTask: string; // the technical review task of `withdrawn`
}
interface Row {
  request: (t: Targets) => { path: string; body?: unknown };
  expected: Expected;
}

const signedIn: Expected = [401, 200, 200, 200, 200, 200, 200];
// Reviewers read a proposal with a task of their groups, never their own department's nor a conflicted one's; a
// read refused is a 404, as for a manager of another department: the proposal is not confirmed to exist.
const proposalRead: Expected = [401, 200, 404, 200, 404, 404, 200];
const proposalReadOf: Record<string, [keyof Targets, Expected]> = {
  "TRANSPORT's, in review": ['transportReview', [401, 404, 200, 200, 200, 404, 200, 404]],
  'in sign-off': ['signoff', [401, 200, 404, 200, 404, 200, 200, 200]],
  'a draft': ['draft', [401, 200, 404, 404, 404, 404, 200, 404]],
};
const proposalReads = Object.fromEntries(
  ['', '/audit', '/audit/verify'].flatMap((tail) =>
    Object.entries(proposalReadOf).map(([what, [target, expected]]): [string, Row] => [
      `GET /api/proposals/{id}${tail} · ${what}`,
      { request: (t) => ({ path: `/api/proposals/${t[target]}${tail}` }), expected },
    ]),
  ),
);
const departmentStep = (own: number): Expected => [401, own, 404, 403, 403, 403, 403];
const adminOnly = (status: number): Expected => [401, 403, 403, 403, 403, 403, status];

const TABLE: Record<string, Row> = {
  'GET /health': { request: () => ({ path: '/health' }), expected: [200, 200, 200, 200, 200, 200, 200] },
  'GET /api/register': { request: () => ({ path: '/api/register' }), expected: [200, 200, 200, 200, 200, 200, 200] },
  'GET /api/register/audit-digest': {
    request: () => ({ path: '/api/register/audit-digest' }),
    expected: [200, 200, 200, 200, 200, 200, 200],
  },
  'GET /api/register/audit-digest/history': {
    request: () => ({ path: '/api/register/audit-digest/history' }),
    expected: [200, 200, 200, 200, 200, 200, 200],
  },
  'GET /api/sign-in': { request: () => ({ path: '/api/sign-in' }), expected: [200, 200, 200, 200, 200, 200, 200] },
  'POST /api/sign-in/development': {
    // public by design, and only when the stack runs with DEV_SIGN_IN=true (the test stack does; sign-on.e2e: 404)
    request: () => ({ path: '/api/sign-in/development', body: { userId: 'kim.manager' } }),
    expected: [200, 200, 200, 200, 200, 200, 200],
  },
  'GET /api/questionnaire': { request: () => ({ path: '/api/questionnaire' }), expected: signedIn },
  'GET /api/proposals': { request: () => ({ path: '/api/proposals' }), expected: signedIn },
  'POST /api/proposals': {
    request: () => ({ path: '/api/proposals', body: lowRiskDraft() }),
    expected: [401, 201, 201, 403, 403, 403, 403],
  },
  'GET /api/proposals/{id}': { request: (t) => ({ path: `/api/proposals/${t.review}` }), expected: proposalRead },
  'PATCH /api/proposals/{id}': {
    request: (t) => ({ path: `/api/proposals/${t.review}`, body: { title: 'x' } }),
    expected: departmentStep(409),
  },
  'POST /api/proposals/{id}/submit': {
    // in review already: only a draft is submitted
    request: (t) => ({ path: `/api/proposals/${t.review}/submit` }),
    expected: departmentStep(409),
  },
  'POST /api/proposals/{id}/assessment/preview': {
    request: (t) => ({ path: `/api/proposals/${t.review}/assessment/preview`, body: { answers: {} } }),
    expected: departmentStep(200),
  },
  'GET /api/proposals/{id}/audit': { request: (t) => ({ path: `/api/proposals/${t.review}/audit` }), expected: proposalRead },
  'GET /api/proposals/{id}/audit/verify': {
    request: (t) => ({ path: `/api/proposals/${t.review}/audit/verify` }),
    expected: proposalRead,
  },
  'POST /api/proposals/{id}/revisions': {
    request: (t) => ({ path: `/api/proposals/${t.review}/revisions`, body: { reply: 'x' } }),
    expected: departmentStep(409),
  },
  'POST /api/proposals/{id}/withdraw': {
    request: (t) => ({ path: `/api/proposals/${t.withdrawn}/withdraw`, body: { reason: 'x' } }),
    expected: departmentStep(409),
  },
  'POST /api/proposals/{id}/deployment': {
    request: (t) => ({ path: `/api/proposals/${t.review}/deployment`, body: { version: '1', evidence: {} } }),
    expected: departmentStep(409),
  },
  'POST /api/proposals/{id}/incidents': {
    request: (t) => ({ path: `/api/proposals/${t.review}/incidents`, body: { severity: 'low', description: 'x' } }),
    expected: [401, 409, 404, 403, 403, 403, 409],
  },
  'GET /api/tasks': { request: () => ({ path: '/api/tasks' }), expected: [401, 403, 403, 200, 200, 200, 403] },
  'POST /api/tasks/{id}/claim': {
    request: (t) => ({ path: `/api/tasks/${t.cancelledTask}/claim` }),
    expected: [401, 403, 403, 409, 403, 403, 403],
  },
  'POST /api/tasks/{id}/release': {
    request: (t) => ({ path: `/api/tasks/${t.cancelledTask}/release` }),
    expected: [401, 403, 403, 409, 403, 403, 409],
  },
  'POST /api/tasks/{id}/complete': {
    request: (t) => ({ path: `/api/tasks/${t.cancelledTask}/complete`, body: { decision: 'approve', comment: '' } }),
    expected: [401, 403, 403, 409, 403, 403, 403],
  },
  'GET /api/admin/stalled': { request: () => ({ path: '/api/admin/stalled' }), expected: adminOnly(200) },
  'GET /api/admin/metrics': { request: () => ({ path: '/api/admin/metrics' }), expected: adminOnly(200) },
  'POST /api/admin/tasks/{id}/reassign': {
    request: (t) => ({ path: `/api/admin/tasks/${t.cancelledTask}/reassign`, body: { assignee: 'park.expert' } }),
    expected: adminOnly(409),
  },
  'GET /api/admin/tasks/{id}/candidates': {
    // the task is cancelled: nobody may take it, so an administrator is refused with 409
    request: (t) => ({ path: `/api/admin/tasks/${t.cancelledTask}/candidates` }),
    expected: adminOnly(409),
  },
  'GET /api/admin/users/{id}/tasks': {
    request: () => ({ path: '/api/admin/users/authz.absent/tasks' }),
    expected: adminOnly(200),
  },
  'POST /api/admin/proposals/{id}/retry': {
    // a proposal in review: no write of it waits, so an administrator is refused with 409
    request: (t) => ({ path: `/api/admin/proposals/${t.review}/retry` }),
    expected: adminOnly(409),
  },
  'POST /api/admin/users/{id}/reassign-all': {
    // a person of this file's own: nobody else's tasks move
    request: () => ({ path: '/api/admin/users/authz.absent/reassign-all', body: { assignee: 'park.expert' } }),
    expected: adminOnly(200),
  },
  'POST /api/admin/temporal-codec/decode': {
    request: () => ({ path: '/api/admin/temporal-codec/decode', body: { payloads: [] } }),
    expected: adminOnly(200),
  },
  'GET /api/admin/users': { request: () => ({ path: '/api/admin/users' }), expected: adminOnly(200) },
  'GET /api/admin/users/{id}': { request: () => ({ path: '/api/admin/users/park.expert' }), expected: adminOnly(200) },
  'PATCH /api/admin/users/{id}': {
    request: () => ({ path: '/api/admin/users/choi.expert', body: { domains: ['technical'] } }),
    expected: adminOnly(200),
  },
  ...proposalReads,
};

let system: System;
const targets = {} as Targets;
beforeAll(async () => {
  // Many refused tokens come from this one client: the failed-authentication limit must not cut in.
  system = await System.start({ RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '100000', RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' });
  await system.call('GET', '/api/questionnaire', { token: system.token('park.expert', { sub: 'authz.absent' } as never) });
  targets.review = await submittedProposal(system);
  await reachStatus(system, targets.review, 'EXPERT_REVIEW');
  targets.transportReview = await submittedProposal(system, 'lee.manager');
  await reachStatus(system, targets.transportReview, 'EXPERT_REVIEW', 'lee.manager');
  targets.signoff = await submittedProposal(system);
  const signoffReview = await openTask(system, targets.signoff, 'expert_review', 'park.expert');
  const reviewed = await system.call('POST', `/api/tasks/${signoffReview.id}/complete`, {
    as: 'park.expert',
    body: { decision: 'approve', comment: '' },
  });
  expect(reviewed.status).toBe(200);
  await reachStatus(system, targets.signoff, 'ETHICS_SIGNOFF');
  targets.draft = (await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() })).body.id;
  targets.withdrawn = await submittedProposal(system);
  targets.cancelledTask = (await openTask(system, targets.withdrawn, 'expert_review', 'park.expert')).id;
  const withdrawn = await system.call('POST', `/api/proposals/${targets.withdrawn}/withdraw`, {
    as: 'kim.manager',
    body: { reason: 'The project plan changed.' },
  });
  expect(withdrawn.status).toBe(200);
  await publishAuditDigest(system);
});
afterAll(() => system.stop());

it('has a row for every endpoint of the OpenAPI document, and none for an endpoint that is not there', async () => {
  const { body } = await system.call('GET', '/docs/openapi.json');
  const documented = Object.entries(body.paths as Record<string, object>).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  );
  const endpoints = new Set(Object.keys(TABLE).map((row) => row.split(' · ')[0]));
  expect([...endpoints].sort()).toEqual(documented.sort());
});

describe.each(Object.entries(TABLE))('%s', (endpoint, { request, expected }) => {
  const statuses = CALLERS.map((caller, i) => [caller, expected[i] ?? expected[CALLERS.indexOf('park.expert')]] as const);
  it.each(statuses)('%s → %i', async (caller: Caller, status) => {
    const method = endpoint.split(' ')[0];
    const { path, body } = request(targets);
    const as = caller === 'anonymous' ? undefined : caller;
    const reply = await system.call(method, path, { as, body, headers: { 'accept-language': 'ko' } });
    // On a mismatch the code shows which rule answered.
    const seen = reply.status === status ? 'as expected' : reply.body?.code;
    expect([caller, reply.status, seen]).toEqual([caller, status, 'as expected']);
    if (reply.status >= 400) expect(koreanRefusalFaults(reply.body)).toEqual([]);
  });
});
