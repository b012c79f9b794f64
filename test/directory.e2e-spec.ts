// The directory of people over HTTP: admins read and edit it; what they declare (conflicts, domains,
// active) holds in the API and the inbox at once. Fresh people (a new `sub`) keep tests apart from others'.
import { randomUUID } from 'node:crypto';
import { signToken } from '#auth';
import { openTask, submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';

let system: System;
beforeAll(async () => {
  system = await System.start();
});
afterAll(() => system.stop());

const admin = { as: 'han.admin' } as const;
const freshExpert = (claims: Partial<{ name: string; dept: string; domains: string[]; email: string }> = {}) => {
  const sub = `expert-${randomUUID().slice(0, 8)}`;
  const token = (more = {}) =>
    signToken(
      { sub, name: '임도윤', roles: ['foundation_expert'], dept: 'SAIF', domains: ['technical'], ...claims, ...more } as never,
      system.secret,
    );
  return { sub, token };
};
const inboxIds = async (token: string) => (await system.call('GET', '/api/tasks', { token })).body.map((t: any) => t.id);

describe('GET /api/admin/users', () => {
  it('admins only: 401 without a token, 403 for an expert', async () => {
    expect((await system.call('GET', '/api/admin/users')).status).toBe(401);
    expect((await system.call('GET', '/api/admin/users', { as: 'park.expert' })).status).toBe(403);
  });

  it('lists people seen in tokens, filtered by role, department, domain and a part of the name or id', async () => {
    const person = freshExpert({ dept: 'SAIF', domains: ['accessibility'], email: 'lim@saif.example' });
    expect((await system.call('GET', '/api/tasks', { token: person.token() })).status).toBe(200); // first sight
    const page = await system.call(
      'GET',
      `/api/admin/users?role=foundation_expert&department=SAIF&domain=accessibility&q=${person.sub.toUpperCase()}`,
      admin,
    );
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ total: 1, limit: 50, offset: 0 });
    expect(page.body.items[0]).toMatchObject({
      id: person.sub,
      name: '임도윤',
      email: 'lim@saif.example',
      department: 'SAIF',
      roles: ['foundation_expert'],
      domains: ['accessibility'],
      conflicts: [],
      active: true,
      lastSeenAt: expect.any(String),
    });
    const managers = await system.call('GET', '/api/admin/users?role=department_manager&limit=200', admin);
    expect(managers.body.items.every((u: any) => u.roles.includes('department_manager'))).toBe(true);
    expect((await system.call('GET', '/api/admin/users?q=%25', admin)).body.items).toEqual([]); // % is a character
  });

  it.each(['role=superuser', 'domain=astrology', 'limit=0', 'limit=201', 'offset=-1', `q=${'x'.repeat(101)}`, 'sort=name'])(
    'a bad query (%s) is a 400',
    async (query) => {
      const reply = await system.call('GET', `/api/admin/users?${query}`, admin);
      expect(reply.status).toBe(400);
      expect(reply.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    },
  );
});

describe('GET and PATCH /api/admin/users/:id', () => {
  it('an unknown person is a 404 for both', async () => {
    expect((await system.call('GET', '/api/admin/users/nobody.here', admin)).status).toBe(404);
    expect((await system.call('PATCH', '/api/admin/users/nobody.here', { ...admin, body: { active: false } })).status).toBe(404);
  });

  it.each([
    ['an unknown field', { name: 'Someone else' }, 'name field_not_allowed'],
    ['a domain that is none', { domains: ['astrology'] }, 'domains field_item_not_one_of'],
    [
      'a conflict that is neither a proposal id nor a department code',
      { conflicts: ['DROP TABLE users;'] },
      'conflicts conflict_target_malformed',
    ],
    ['too many conflicts', { conflicts: Array.from({ length: 101 }, (_, i) => `D${i}`) }, 'conflicts field_too_many'],
    ['nothing to change', {}, 'nothing_to_change'],
    ['active that is not a boolean', { active: 'no' }, 'active field_not_boolean'],
    ['conflicts sent as null (found by the fuzz test)', { conflicts: null }, 'conflicts field_not_list'],
    ['domains sent as null', { domains: null }, 'domains field_not_list'],
  ])('%s is a 400 naming it, and changes nothing', async (_what, body, refusal) => {
    const person = freshExpert();
    await system.call('GET', '/api/tasks', { token: person.token() });
    const before = (await system.call('GET', `/api/admin/users/${person.sub}`, admin)).body;
    const reply = await system.call('PATCH', `/api/admin/users/${person.sub}`, { ...admin, body });
    expect(reply.status).toBe(400);
    const fields: { field: string; code: string }[] = reply.body.fields ?? [];
    expect([reply.body.code, ...fields.map((f) => `${f.field} ${f.code}`)]).toContain(refusal);
    expect((await system.call('GET', `/api/admin/users/${person.sub}`, admin)).body).toEqual(before);
  });

  it('a conflict with a proposal id of no proposal is a 422 naming it (well-formed, but nothing to point at)', async () => {
    const person = freshExpert();
    await system.call('GET', '/api/tasks', { token: person.token() });
    const reply = await system.call('PATCH', `/api/admin/users/${person.sub}`, { ...admin, body: { conflicts: [randomUUID()] } });
    expect(reply.status).toBe(422);
    expect(reply.body.fields).toEqual([expect.objectContaining({ field: 'conflicts', code: 'conflict_names_no_proposal' })]);
  });

  it('an admin may not deactivate themselves', async () => {
    const reply = await system.call('PATCH', '/api/admin/users/han.admin', { ...admin, body: { active: false } });
    expect(reply.status).toBe(403);
    expect(reply.body.code).toBe('cannot_deactivate_self');
  });

  it('each edit is recorded, who and old → new; the token stays authoritative for name and department', async () => {
    const person = freshExpert();
    await system.call('GET', '/api/tasks', { token: person.token() });
    const edited = await system.call('PATCH', `/api/admin/users/${person.sub}`, {
      ...admin,
      body: { domains: ['technical', 'external'], conflicts: ['TRANSPORT'], active: true },
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ domains: ['technical', 'external'], conflicts: ['TRANSPORT'], active: true });
    expect(edited.body.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ by: 'han.admin', field: 'domains', from: ['technical'], to: ['technical', 'external'] }),
        expect.objectContaining({ by: 'han.admin', field: 'conflicts', from: [], to: ['TRANSPORT'] }),
      ]),
    );
    expect(edited.body.changes).toHaveLength(2); // active did not change: nothing recorded for it

    // The next token names another department and carries other domains: the department follows the
    // token, the domains stay the directory's.
    await system.call('GET', '/api/tasks', {
      token: person.token({ dept: 'DIGITAL', name: '임도윤 (DCB)', domains: ['privacy_legal'] }),
    });
    const after = (await system.call('GET', `/api/admin/users/${person.sub}`, admin)).body;
    expect(after).toMatchObject({ department: 'DIGITAL', name: '임도윤 (DCB)', domains: ['technical', 'external'] });
    expect(after.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ by: 'sign-in', field: 'departmentCode', from: 'SAIF', to: 'DIGITAL' })]),
    );
  });

  it('a deactivated person is refused everywhere (403) until reactivated', async () => {
    const person = freshExpert();
    expect((await system.call('GET', '/api/tasks', { token: person.token() })).status).toBe(200);
    await system.call('PATCH', `/api/admin/users/${person.sub}`, { ...admin, body: { active: false } });
    const refused = await system.call('GET', '/api/tasks', { token: person.token() });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'user_deactivated', message: expect.stringContaining(person.sub) });
    await system.call('PATCH', `/api/admin/users/${person.sub}`, { ...admin, body: { active: true } });
    expect((await system.call('GET', '/api/tasks', { token: person.token() })).status).toBe(200);
  });
});

it('the OpenAPI document gives each directory endpoint its response type and every error status', async () => {
  const { paths, components } = (await system.call('GET', '/docs/openapi.json')).body;
  const responses = (path: string, method: string) => Object.keys(paths[path][method].responses).sort();
  expect(responses('/api/admin/users', 'get')).toEqual(expect.arrayContaining(['200', '400', '401', '403']));
  expect(responses('/api/admin/users/{id}', 'get')).toEqual(expect.arrayContaining(['200', '401', '403', '404']));
  expect(responses('/api/admin/users/{id}', 'patch')).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404']));
  expect(Object.keys(components.schemas.UpdateUserDto.properties).sort()).toEqual(['active', 'conflicts', 'domains']);
  expect(components.schemas.UserDetailView.properties.changes.items).toEqual({
    $ref: '#/components/schemas/DirectoryChangeView',
  });
});

describe('declared conflicts', () => {
  let proposalId: string;
  let taskId: string;
  beforeAll(async () => {
    proposalId = await submittedProposal(system);
    taskId = (await openTask(system, proposalId, 'expert_review', 'park.expert')).id;
  });

  it("park.expert's conflict with the proposal: the task leaves the inbox and the claim is refused (403)", async () => {
    const before = (await system.call('GET', '/api/admin/users/park.expert', admin)).body.conflicts as string[];
    const declared = await system.call('PATCH', '/api/admin/users/park.expert', {
      ...admin,
      body: { conflicts: [...before, proposalId.toUpperCase()] },
    });
    expect(declared.body.conflicts).toContain(proposalId);
    try {
      expect(await inboxIds(system.token('park.expert'))).not.toContain(taskId);
      const claim = await system.call('POST', `/api/tasks/${taskId}/claim`, { as: 'park.expert' });
      expect(claim.status).toBe(403);
      expect(claim.body).toMatchObject({
        code: 'conflict_declared_with_proposal',
        message: `you declared a conflict of interest with proposal ${proposalId}`,
      });
    } finally {
      await system.call('PATCH', '/api/admin/users/park.expert', { ...admin, body: { conflicts: before } });
    }
    expect(await inboxIds(system.token('park.expert'))).toContain(taskId);
  });

  it("a conflict with the proposal's department does the same, for an expert first seen in a token", async () => {
    const person = freshExpert();
    expect(await inboxIds(person.token())).toContain(taskId);
    await system.call('PATCH', `/api/admin/users/${person.sub}`, { ...admin, body: { conflicts: ['WELFARE'] } });
    expect(await inboxIds(person.token())).not.toContain(taskId);
    const claim = await system.call('POST', `/api/tasks/${taskId}/claim`, { token: person.token() });
    expect(claim.status).toBe(403);
    expect(claim.body.code).toBe('conflict_declared_with_department');
  });

  it('the directory, not the token, decides the domains after first sight', async () => {
    const person = freshExpert();
    expect(await inboxIds(person.token())).toContain(taskId);
    await system.call('PATCH', `/api/admin/users/${person.sub}`, { ...admin, body: { domains: ['accessibility'] } });
    expect(await inboxIds(person.token())).not.toContain(taskId); // the token still says technical
    expect((await system.call('POST', `/api/tasks/${taskId}/claim`, { token: person.token() })).status).toBe(403);
  });
});
