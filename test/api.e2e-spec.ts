import { randomUUID } from 'node:crypto';
// The API's contract at its edges: who may call what, what bad input gets, and what it documents.
import jwt from 'jsonwebtoken';
import { lowRiskDraft } from './support/proposals.js';
import { System } from './support/system.js';

let system: System;
beforeAll(async () => {
  system = await System.start();
});
afterAll(() => system.stop());

const proposalCount = async () => Number((await system.db.query('SELECT count(*) FROM proposals')).rows[0].count);

describe('authentication', () => {
  const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it.each([
    ['no token', undefined],
    ['a malformed token', 'not-a-jwt'],
    [
      'a token signed with another secret',
      jwt.sign({ sub: 'x', name: 'x', roles: ['admin'], dept: 'DIGITAL' }, 'another-secret-another-secret-xx'),
    ],
    [
      'an unsigned (alg: none) token',
      `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: 'x', name: 'x', roles: ['admin'], dept: 'DIGITAL' })}.`,
    ],
  ])('refuses %s with 401', async (_, token) => {
    const reply = await system.call('GET', '/api/proposals', { token });
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('refuses an expired token with 401', async () => {
    const expired = system.token('kim.manager');
    const claims = jwt.decode(expired) as Record<string, unknown>;
    const token = jwt.sign({ ...claims, iat: 1_000_000, exp: 1_000_060 }, system.secret);
    expect((await system.call('GET', '/api/proposals', { token })).status).toBe(401);
  });

  it('refuses the wrong role with 403 and creates nothing', async () => {
    const before = await proposalCount();
    const reply = await system.call('POST', '/api/proposals', { as: 'park.expert', body: lowRiskDraft() });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ code: 'role_required', message: 'this needs one of the roles: Department manager' });
    expect(await proposalCount()).toBe(before);
  });

  it('refuses a manager the review inbox with 403', async () => {
    const reply = await system.call('GET', '/api/tasks', { as: 'kim.manager' });
    expect(reply.status).toBe(403);
  });
});

describe('bad input', () => {
  it.each([
    ['a missing title', { title: undefined }, { field: 'title', code: 'field_required' }],
    ['an unknown field', { colour: 'blue' }, { field: 'colour', code: 'field_not_allowed' }],
    [
      'a system type outside the list',
      { systemType: 'magic' },
      {
        field: 'systemType',
        code: 'field_not_one_of',
        params: { field: 'systemType', values: ['in_house', 'vendor', 'generative'] },
      },
    ],
    [
      'an answer that is not an option',
      { answers: { pi_people_affected: 'everyone' } },
      { field: 'answers.pi_people_affected', code: 'field_not_one_of' },
    ],
    [
      'a question that does not exist',
      { answers: { no_such_question: 'yes' } },
      { field: 'answers.no_such_question', code: 'answer_not_a_question' },
    ],
    ['a vendor system without its vendor', { systemType: 'vendor' }, { field: 'vendor', code: 'field_required' }],
    [
      'a high-impact area the policy does not name',
      { highImpactArea: 'health care' },
      { field: 'highImpactArea', code: 'field_not_one_of' },
    ],
  ])('%s is a 400 naming the field, and nothing is stored', async (_, change, problem) => {
    const before = await proposalCount();
    const reply = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: { ...lowRiskDraft(), ...change } });
    expect(reply.status).toBe(400);
    expect(reply.body.fields).toEqual([expect.objectContaining(problem)]);
    expect(await proposalCount()).toBe(before);
  });

  it('a flag its answers contradict is a 422 naming the flag (each field valid alone), and nothing is stored', async () => {
    const before = await proposalCount();
    const answers = { ...lowRiskDraft().answers, sa_data_kinds: ['public', 'sensitive'] };
    const reply = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: { ...lowRiskDraft(), answers } });
    expect(reply.status).toBe(422);
    expect(reply.body.fields).toEqual([
      expect.objectContaining({
        field: 'personalData',
        code: 'flag_required_by_answer',
        params: { field: 'personalData', answer: 'answers.sa_data_kinds' },
      }),
    ]);
    expect(await proposalCount()).toBe(before);
  });

  it('a null for a field that takes none is a 400 naming it, in an edit too', async () => {
    const created = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() });
    const reply = await system.call('PATCH', `/api/proposals/${created.body.id}`, { as: 'kim.manager', body: { title: null } });
    expect(reply.status).toBe(400);
    expect(reply.body.fields.map((f: { field: string }) => f.field)).toContain('title');
    const cleared = await system.call('PATCH', `/api/proposals/${created.body.id}`, {
      as: 'kim.manager',
      body: { highImpactArea: null, overseerContact: null },
    });
    expect(cleared.status).toBe(200);
  });

  it("lists the department's proposals by whose move they await, and refuses a group it does not know", async () => {
    const draft = (await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() })).body.id;
    const group = async (awaiting: string) =>
      (await system.call('GET', `/api/proposals?awaiting=${awaiting}&limit=200`, { as: 'kim.manager' })).body as {
        items: { id: string; status: string }[];
        total: number;
      };
    const ours = await group('department');
    expect(ours.items.map((p) => p.id)).toContain(draft);
    const departmentStages = ['DRAFT', 'REVISION_REQUESTED', 'APPROVED', 'REMEDIATION'];
    expect(ours.items.filter((p) => !departmentStages.includes(p.status))).toEqual([]);
    for (const other of ['review', 'nobody']) expect((await group(other)).items.map((p) => p.id)).not.toContain(draft);
    const all = await system.call('GET', '/api/proposals?limit=1', { as: 'kim.manager' });
    const totals = await Promise.all(['department', 'review', 'nobody'].map(async (g) => (await group(g)).total));
    expect(totals.reduce((a, b) => a + b)).toBe(all.body.total);
    const refused = await system.call('GET', '/api/proposals?awaiting=someone', { as: 'kim.manager' });
    expect([refused.status, refused.body.fields?.[0]?.field]).toEqual([400, 'awaiting']);
  });

  it('an edit to a vendor system of a draft that names no vendor is a 422 naming vendor, and the draft is as it was', async () => {
    const created = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() });
    const path = `/api/proposals/${created.body.id}`;
    const reply = await system.call('PATCH', path, { as: 'kim.manager', body: { systemType: 'vendor' } });
    expect(reply.status).toBe(422);
    expect(reply.body.fields).toEqual([expect.objectContaining({ field: 'vendor', code: 'field_required_for_vendor' })]);
    expect((await system.call('GET', path, { as: 'kim.manager' })).body.systemType).toBe(created.body.systemType);
  });

  it('a malformed id is a 400, an unknown one a 404', async () => {
    expect((await system.call('GET', '/api/proposals/not-a-uuid', { as: 'kim.manager' })).status).toBe(400);
    expect((await system.call('GET', '/api/proposals/7d1f3c3e-8c9a-4a51-9a7e-3f6d2b8c1e00', { as: 'kim.manager' })).status).toBe(
      404,
    );
    expect(
      (await system.call('POST', '/api/tasks/7d1f3c3e-8c9a-4a51-9a7e-3f6d2b8c1e00/claim', { as: 'park.expert' })).status,
    ).toBe(404);
  });

  it('a body that is not JSON is a 400, not a 500', async () => {
    const response = await fetch(`${system.baseUrl}/api/proposals`, {
      method: 'POST',
      headers: { authorization: `Bearer ${system.token('kim.manager')}`, 'content-type': 'application/json' },
      body: '{"title": ',
    });
    expect(response.status).toBe(400);
  });
});

describe('drafts', () => {
  it('are edited by their department and keep the same Idempotency-Key draft', async () => {
    const created = await system.call('POST', '/api/proposals', {
      as: 'kim.manager',
      body: lowRiskDraft(),
      headers: { 'idempotency-key': 'draft-1' },
    });
    const repeated = await system.call('POST', '/api/proposals', {
      as: 'kim.manager',
      body: lowRiskDraft(),
      headers: { 'idempotency-key': 'draft-1' },
    });
    expect(repeated.body.id).toBe(created.body.id);

    const patched = await system.call('PATCH', `/api/proposals/${created.body.id}`, {
      as: 'kim.manager',
      body: { title: '개정된 제목' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body.title).toBe('개정된 제목');
    const foreign = await system.call('PATCH', `/api/proposals/${created.body.id}`, { as: 'lee.manager', body: { title: 'x' } });
    expect(foreign.status).toBe(404);
  });
});

describe('the assessment preview', () => {
  it('scores tried answers on the stored draft, names what is still unanswered, and saves nothing', async () => {
    const { tr_explainability: _left, ...answers } = lowRiskDraft().answers;
    const created = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: { ...lowRiskDraft(), answers } });
    const path = `/api/proposals/${created.body.id}/assessment/preview`;

    const asIs = await system.call('POST', path, { as: 'kim.manager', body: {} });
    expect(asIs.status).toBe(200);
    expect(asIs.body).toMatchObject({
      tier: 1,
      reviewDomains: ['technical'],
      signoff: 'officer',
      unanswered: ['tr_explainability'],
    });

    const tried = await system.call('POST', path, {
      as: 'kim.manager',
      body: {
        highImpactArea: 'public_service_eligibility',
        automation: 'fully_automated',
        answers: { tr_explainability: 'no', profile_automation: 'fully_automated' },
      },
    });
    expect(tried.body).toMatchObject({ tier: 4, signoff: 'committee', unanswered: [] });
    expect(tried.body.scores.reasons.join(' ')).toMatch(
      /public-service eligibility or fee decisions decided fully automatically/i,
    );

    const stored = await system.call('GET', `/api/proposals/${created.body.id}`, { as: 'kim.manager' });
    expect(stored.body).toMatchObject({ tier: null, automation: 'advisory', highImpactArea: null, status: 'DRAFT' });
    expect(stored.body.answers).not.toHaveProperty('tr_explainability');

    const bad = await system.call('POST', path, { as: 'kim.manager', body: { answers: { tr_explainability: 'perhaps' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual([expect.objectContaining({ field: 'answers.tr_explainability', code: 'field_not_one_of' })]);
    expect((await system.call('POST', path, { as: 'lee.manager', body: {} })).status).toBe(404);
    expect((await system.call('POST', path, { as: 'park.expert', body: {} })).status).toBe(403);
  });
});

describe('documents', () => {
  it('the questionnaire, in Korean and English, to any signed-in person', async () => {
    const reply = await system.call('GET', '/api/questionnaire', { as: 'park.expert' });
    expect(reply.status).toBe(200);
    expect(reply.body.version).toBe('2026.2');
    expect(reply.body.sections.map((s: any) => s.id)).toEqual(
      expect.arrayContaining(['public_interest', 'fairness', 'transparency', 'accountability', 'safety']),
    );
    const question = reply.body.sections[1].questions[0];
    expect(question.text).toEqual({ ko: expect.any(String), en: expect.any(String) });
    expect(question.options[0]).not.toHaveProperty('points');
  });

  it('health, reporting PostgreSQL and Temporal', async () => {
    expect(await system.call('GET', '/health')).toEqual({ status: 200, body: { status: 'ok', postgres: 'up', temporal: 'up' } });
  });

  it('a document that declares what the API checks, and a 405 with Allow for a method a path does not take', async () => {
    const { body: document } = await system.call('GET', '/docs/openapi.json');
    const idOf = (path: string, method: string) =>
      document.paths[path][method].parameters.find((p: any) => p.in === 'path' && p.name === 'id').schema;
    expect(idOf('/api/proposals/{id}', 'get')).toMatchObject({ type: 'string', format: 'uuid' });
    expect(idOf('/api/admin/users/{id}', 'get')).not.toHaveProperty('format'); // a person's id, not a UUID
    const update = document.components.schemas.UpdateProposalDto;
    expect(update).toMatchObject({ additionalProperties: false, properties: { title: { minLength: 1, maxLength: 200 } } });
    expect(document.components.schemas.AuditVerificationView.properties.lastHash).toMatchObject({
      type: 'string',
      nullable: true,
    });

    const id = randomUUID();
    const undeclared = await fetch(`${system.baseUrl}/api/proposals/${id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${system.token('kim.manager')}` },
    });
    expect(undeclared.status).toBe(405);
    expect(undeclared.headers.get('allow')).toBe('GET, PATCH');
    expect(await undeclared.json()).toMatchObject({ code: 'method_not_allowed' });
    expect((await system.call('DELETE', '/api/nowhere', { as: 'kim.manager' })).status).toBe(404);

    const created = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() });
    const noBody = await system.call('PATCH', `/api/proposals/${created.body.id}`, { as: 'kim.manager' });
    expect([noBody.status, noBody.body.code]).toEqual([400, 'body_required']);
  });

  it('an OpenAPI document giving every endpoint its errors, and every body an example', async () => {
    const { status, body } = await system.call('GET', '/docs/openapi.json');
    expect(status).toBe(200);
    // Which endpoints there are is test/authorization.e2e-spec.ts's table; here, what each one documents.
    const operations = Object.entries(body.paths as Record<string, Record<string, any>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, path, operation })),
    );
    const IDEMPOTENT = [
      'POST /api/proposals',
      'POST /api/proposals/{id}/submit',
      'POST /api/proposals/{id}/revisions',
      'POST /api/proposals/{id}/deployment',
      'POST /api/tasks/{id}/complete',
    ];
    for (const { key, path, operation } of operations) {
      const statuses = Object.keys(operation.responses);
      const expected = ['503'];
      if ((operation.security ?? []).length > 0) expected.push('401', '403', '429');
      if (path.includes('{id}')) expected.push('404');
      if (operation.requestBody || (operation.parameters ?? []).length > 0) expected.push('400');
      if (IDEMPOTENT.includes(key)) expected.push('422');
      expect([key, statuses]).toEqual([key, expect.arrayContaining(expected)]);
      for (const code of statuses.filter((c) => Number(c) >= 400)) {
        expect([key, code, operation.responses[code].content?.['application/json']?.schema]).toEqual([
          key,
          code,
          { $ref: '#/components/schemas/ErrorReply' },
        ]);
      }
      if (operation.requestBody) {
        expect([key, Object.keys(operation.requestBody.content['application/json'].examples ?? {})]).toEqual([
          key,
          expect.arrayContaining([expect.any(String)]),
        ]);
      }
      if (IDEMPOTENT.includes(key)) {
        expect([key, operation.parameters.map((p: any) => p.name)]).toEqual([key, expect.arrayContaining(['Idempotency-Key'])]);
      }
    }
    const created = await system.call('POST', '/api/proposals', {
      as: 'kim.manager',
      body: body.paths['/api/proposals'].post.requestBody.content['application/json'].examples.draft.value,
    });
    expect(created.status).toBe(201);
    // The draft as stored, with the database's timestamps.
    const stored = await system.call('GET', `/api/proposals/${created.body.id}`, { as: 'kim.manager' });
    expect(created.body).toMatchObject({ status: 'DRAFT', createdAt: stored.body.createdAt, updatedAt: stored.body.updatedAt });
    expect(Date.now() - Date.parse(created.body.createdAt)).toBeLessThan(60_000);
    expect(body.components.schemas.CreateProposalDto.required).toEqual(expect.arrayContaining(['title', 'answers']));
    expect(body.components.schemas.CompleteTaskDto.properties).toHaveProperty('decision');
    expect(body.components.schemas.RevisionDto.properties.changes).toEqual({ $ref: '#/components/schemas/RevisionChangesDto' });
    expect(body.paths['/api/register'].get.security ?? []).toEqual([]);
    const docs = await fetch(`${system.baseUrl}/docs`);
    expect(docs.status).toBe(200);
  });
});
