// When PostgreSQL or Temporal cannot be reached, the API answers 503 with Retry-After — never a 500 —
// and /health says which one is down; once it is back, the same requests succeed.
import { URL } from 'node:url';
import { lowRiskDraft, reachStatus, statusOf } from './support/proposals.js';
import { System } from './support/system.js';
import { TcpProxy } from './support/tcp-proxy.js';

let system: System;
let postgres: TcpProxy;
let temporal: TcpProxy;
beforeAll(async () => {
  const databaseUrl = new URL(process.env.TEST_DATABASE_URL!);
  postgres = await TcpProxy.start(`127.0.0.1:${databaseUrl.port}`);
  temporal = await TcpProxy.start(process.env.TEST_TEMPORAL_ADDRESS!.replace('localhost', '127.0.0.1'));
  databaseUrl.host = `127.0.0.1:${postgres.port}`;
  system = await System.start({ DATABASE_URL: databaseUrl.toString(), TEMPORAL_ADDRESS: `127.0.0.1:${temporal.port}` });
});
afterAll(async () => {
  await Promise.all([postgres.restore(), temporal.restore()]);
  await system.stop();
  await Promise.all([postgres.cut(), temporal.cut()]);
});

async function expectUnavailable(reply: Promise<Response>, what: RegExp): Promise<void> {
  const response = await reply;
  expect(response.status).toBe(503);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(await response.json()).toEqual({ statusCode: 503, error: 'Service Unavailable', message: expect.stringMatching(what) });
}

const authorized = (path: string, init: RequestInit = {}) =>
  fetch(`${system.baseUrl}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${system.token('kim.manager')}`, 'content-type': 'application/json' },
  });

it('answers 503 with Retry-After while PostgreSQL is down, and serves again once it is back', async () => {
  await postgres.cut();
  await expectUnavailable(authorized('/api/proposals'), /database is unreachable/);
  await expectUnavailable(authorized('/api/proposals', { method: 'POST', body: JSON.stringify(lowRiskDraft()) }), /database/);
  expect(await system.call('GET', '/health')).toEqual({
    status: 503,
    body: { status: 'unavailable', postgres: 'down', temporal: 'up' },
  });

  await postgres.restore();
  const list = await system.eventually(
    () => system.call('GET', '/api/proposals', { as: 'kim.manager' }),
    (reply) => reply.status === 200,
  );
  expect(list.body.items).toBeInstanceOf(Array);
});

it('answers 503 with Retry-After while Temporal is down; the draft stays a draft; submitting again once it is back starts the review', async () => {
  const draft = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() });
  await temporal.cut();
  await expectUnavailable(authorized(`/api/proposals/${draft.body.id}/submit`, { method: 'POST' }), /workflow service/);
  expect(await statusOf(system, draft.body.id)).toBe('DRAFT'); // the refused submit left nothing half done
  const health = await system.call('GET', '/health');
  expect(health).toEqual({ status: 503, body: { status: 'unavailable', postgres: 'up', temporal: 'down' } });

  await temporal.restore();
  const submitted = await system.eventually(
    () => system.call('POST', `/api/proposals/${draft.body.id}/submit`, { as: 'kim.manager' }),
    (reply) => reply.status === 202,
  );
  expect(submitted.status).toBe(202);
  await reachStatus(system, draft.body.id, 'EXPERT_REVIEW');
});
