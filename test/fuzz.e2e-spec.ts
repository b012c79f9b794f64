// Malformed and hostile bodies at every POST and PATCH endpoint (fast-check, FUZZ_RUNS cases each, 300 by
// default): never a 5xx, never a stack trace or SQL in the answer, a 4xx coded and in Korean (the requests ask
// for it), and after a 4xx nothing has changed — not a row in PostgreSQL, not an event in the proposal's
// workflow history.
import { Client, Connection } from '@temporalio/client';
import fc from 'fast-check';
import { workflowIdFor } from '#domain';
import { openTask, submittedProposal } from './support/proposals.js';
import { koreanRefusalFaults } from './support/refusals.js';
import { type DemoUserId, System } from './support/system.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

let system: System;
let temporal: Client;
const target = { draft: '', review: '', task: '' };
beforeAll(async () => {
  // the public development sign-in is fuzzed too: its per-client limit must not answer instead of it
  system = await System.start({ RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '100000', RATE_LIMIT_PUBLIC_PER_MINUTE: '100000' });
  temporal = new Client({ connection: await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS! }) });
  const created = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: draftBody() });
  target.draft = created.body.id;
  target.review = await submittedProposal(system);
  target.task = (await openTask(system, target.review, 'expert_review', 'park.expert')).id;
  // A person of the fuzz's own, so that editing the directory touches nobody another test relies on.
  await system.call('GET', '/api/questionnaire', { token: fuzzExpertToken() });
});
afterAll(async () => {
  await temporal.connection.close();
  await system.stop();
});

const draftBody = () => ({
  title: 't',
  summary: 's',
  purpose: 'p',
  systemType: 'in_house',
  automation: 'advisory',
  personalData: false,
  affectsVulnerableGroups: false,
  answers: {},
});
const fuzzExpertToken = () => system.token('park.expert', { sub: 'fuzz.expert', name: 'Fuzz', domains: ['technical'] } as never);

/** Who calls each endpoint (one it is permitted to), and at which target. */
const CALLS: Record<string, { as: DemoUserId; path: () => string }> = {
  'POST /api/proposals': { as: 'kim.manager', path: () => '/api/proposals' },
  'PATCH /api/proposals/{id}': { as: 'kim.manager', path: () => `/api/proposals/${target.draft}` },
  'POST /api/proposals/{id}/assessment/preview': {
    as: 'kim.manager',
    path: () => `/api/proposals/${target.draft}/assessment/preview`,
  },
  'POST /api/proposals/{id}/submit': { as: 'kim.manager', path: () => `/api/proposals/${target.review}/submit` },
  'POST /api/proposals/{id}/revisions': { as: 'kim.manager', path: () => `/api/proposals/${target.review}/revisions` },
  'POST /api/proposals/{id}/deployment': { as: 'kim.manager', path: () => `/api/proposals/${target.review}/deployment` },
  'POST /api/proposals/{id}/incidents': { as: 'kim.manager', path: () => `/api/proposals/${target.review}/incidents` },
  'POST /api/proposals/{id}/withdraw': { as: 'kim.manager', path: () => `/api/proposals/${target.review}/withdraw` },
  'POST /api/tasks/{id}/claim': { as: 'park.expert', path: () => `/api/tasks/${target.task}/claim` },
  'POST /api/tasks/{id}/release': { as: 'park.expert', path: () => `/api/tasks/${target.task}/release` },
  'POST /api/tasks/{id}/complete': { as: 'park.expert', path: () => `/api/tasks/${target.task}/complete` },
  'POST /api/admin/tasks/{id}/reassign': { as: 'han.admin', path: () => `/api/admin/tasks/${target.task}/reassign` },
  // Nothing of it needs attention: every call is refused, and changes nothing.
  'POST /api/admin/proposals/{id}/retry': { as: 'han.admin', path: () => `/api/admin/proposals/${target.review}/retry` },
  'POST /api/admin/users/{id}/reassign-all': { as: 'han.admin', path: () => '/api/admin/users/fuzz.expert/reassign-all' },
  'PATCH /api/admin/users/{id}': { as: 'han.admin', path: () => '/api/admin/users/fuzz.expert' },
  // Reads only: whatever it is sent, nothing changes.
  'POST /api/admin/temporal-codec/decode': { as: 'han.admin', path: () => '/api/admin/temporal-codec/decode' },
  'POST /api/sign-in/development': { as: 'kim.manager', path: () => '/api/sign-in/development' },
};

const HOSTILE_STRINGS = [
  "'; DROP TABLE proposals; --",
  '<script>alert(1)</script>',
  '${jndi:ldap://x/a}',
  '\u0000',
  '\uD800',
  '../../etc/passwd',
  '%00',
  'ｘ'.repeat(5000),
  '0'.repeat(70),
  '1e309',
  '__proto__',
];
const hostileValue = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom(null, true, -1, 0, 1e308, -0, 2 ** 63, [], {}, [[[[[[[[[[[]]]]]]]]]]]),
  fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true }),
);
/** Every string in `value`, however deep, replaced by one of `strings` in turn. */
const withStrings = (value: unknown, strings: string[], at = { i: 0 }): unknown => {
  if (typeof value === 'string') return strings[at.i++ % strings.length];
  if (Array.isArray(value)) return value.map((v) => withStrings(v, strings, at));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withStrings(v, strings, at)]));
  }
  return value;
};

/** A body near the endpoint's example (hostile strings in it, a field replaced or added) or nowhere near it. */
const hostileBody = (examples: unknown[]) =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.constantFrom(...examples), fc.array(fc.constantFrom(...HOSTILE_STRINGS), { minLength: 1, maxLength: 5 }))
        .map(([base, strings]) => withStrings(base, strings)),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...examples), hostileValue)
        .chain(([base, value]) =>
          fc.constantFrom('title', ...Object.keys(base as object)).map((key) => ({ ...(base as object), [key]: value })),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...examples), fc.string({ maxLength: 30 }), hostileValue)
        .map(([base, key, value]) => ({ ...(base as object), [key]: value })),
    },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 20 }), hostileValue, { maxKeys: 8 }) },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((raw) => ({ raw })) }, // not JSON at all
  );

/** Every row of every table, except the directory's last-seen stamp, which reads may move. */
async function databaseFingerprint(): Promise<string> {
  const tables: { table_name: string }[] = (
    await system.db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
    )
  ).rows;
  const parts = tables.map(({ table_name }) =>
    table_name === 'users'
      ? `(SELECT md5(coalesce(string_agg((t.id, t.name, t.roles, t.domains, t.email, t.conflicts, t.active)::text, '|' ORDER BY t.id), '')) FROM users t)`
      : `(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "${table_name}" t)`,
  );
  return JSON.stringify((await system.db.query(`SELECT ${parts.join(', ')}`)).rows[0]);
}

const historyLength = async () => (await temporal.workflow.getHandle(workflowIdFor(target.review)).describe()).historyLength;

async function send(method: string, path: string, as: DemoUserId, body: unknown) {
  const raw = body !== null && typeof body === 'object' && 'raw' in body && Object.keys(body).length === 1;
  const response = await fetch(`${system.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${system.token(as)}`, 'content-type': 'application/json', 'accept-language': 'ko' },
    body: raw ? String((body as { raw: unknown }).raw) : (JSON.stringify(body) ?? ''),
  });
  return { status: response.status, text: await response.text() };
}

let operations: Record<string, any>;
let schemas: Record<string, any>;
beforeAll(async () => {
  const { body: document } = await system.call('GET', '/docs/openapi.json');
  schemas = document.components.schemas;
  operations = Object.fromEntries(
    Object.entries(document.paths as Record<string, Record<string, any>>).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => method === 'post' || method === 'patch')
        .map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation]),
    ),
  );
});

it('has a caller for every POST and PATCH endpoint of the OpenAPI document', () => {
  expect(Object.keys(CALLS).sort()).toEqual(Object.keys(operations).sort()); // a new endpoint needs a caller here
});

it.each(Object.keys(CALLS))('%s: no 5xx, and nothing changed after a 4xx', async (key) => {
  const { as, path } = CALLS[key];
  const method = key.split(' ')[0];
  const documented = operations[key]?.requestBody?.content['application/json'].examples ?? { none: { value: {} } };
  const examples = Object.values(documented).map((e: any) => e.value);
  await fc.assert(
    fc.asyncProperty(hostileBody(examples), async (body) => {
      const [rowsBefore, eventsBefore] = await Promise.all([databaseFingerprint(), historyLength()]);
      const reply = await send(method, path(), as, body);
      expect(reply.status).toBeLessThan(500);
      expect(reply.text).not.toMatch(/\bat .+\.js:\d+|QueryFailedError|\b(SELECT|INSERT INTO|UPDATE) \w/);
      if (reply.status >= 400) {
        const refusal = JSON.parse(reply.text);
        expect(refusal).toEqual({
          statusCode: reply.status,
          error: expect.any(String),
          code: expect.any(String),
          message: expect.any(String),
          ...(refusal.fields ? { fields: expect.any(Array) } : {}),
        });
        expect(koreanRefusalFaults(refusal)).toEqual([]);
        expect([await databaseFingerprint(), await historyLength()]).toEqual([rowsBefore, eventsBefore]);
      }
    }),
    { numRuns: RUNS },
  );
});

/** The top-level fields of an operation's JSON body that may be left out but are not declared nullable. */
function optionalNotNullable(operation: any): string[] {
  const ref: string | undefined = operation?.requestBody?.content?.['application/json']?.schema?.$ref;
  const schema = ref ? schemas[ref.split('/').pop()!] : undefined;
  if (!schema?.properties) return [];
  return Object.entries(schema.properties as Record<string, any>)
    .filter(([name, property]) => !(schema.required ?? []).includes(name) && !property.nullable)
    .map(([name]) => name);
}

it.each(Object.keys(CALLS))('%s: a null for a field that may be left out but is not nullable is a 4xx naming it', async (key) => {
  const { as, path } = CALLS[key];
  const examples = Object.values(operations[key]?.requestBody?.content['application/json'].examples ?? {});
  const base = ((examples[0] as { value?: object } | undefined)?.value ?? {}) as object;
  for (const field of optionalNotNullable(operations[key])) {
    const reply = await send(key.split(' ')[0], path(), as, { ...base, [field]: null });
    const named = reply.status < 500 && reply.status >= 400 ? JSON.parse(reply.text).fields?.map((f: any) => f.field) : [];
    expect([field, reply.status >= 400 && reply.status < 500, named]).toEqual([field, true, expect.arrayContaining([field])]);
  }
});
