// When PostgreSQL or Temporal cannot be reached, the API answers 503 with Retry-After — never a 500 —
// and /health says which one is down; once it is back, the same requests succeed. A mail sent just before
// PostgreSQL goes away is recorded once it is back, not mailed again.
import { URL } from 'node:url';
import { Mailbox } from './support/mailbox.js';
import { lowRiskDraft, openTask, reachStatus, statusOf, submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';
import { TcpProxy } from './support/tcp-proxy.js';

let system: System;
let postgres: TcpProxy;
let temporal: TcpProxy;
let mailbox: Mailbox;
beforeAll(async () => {
  mailbox = await Mailbox.start();
  const databaseUrl = new URL(process.env.TEST_DATABASE_URL!);
  postgres = await TcpProxy.start(`127.0.0.1:${databaseUrl.port}`);
  temporal = await TcpProxy.start(process.env.TEST_TEMPORAL_ADDRESS!.replace('localhost', '127.0.0.1'));
  databaseUrl.host = `127.0.0.1:${postgres.port}`;
  system = await System.start({
    DATABASE_URL: databaseUrl.toString(),
    TEMPORAL_ADDRESS: `127.0.0.1:${temporal.port}`,
    SMTP_URL: mailbox.url,
  });
});
afterAll(async () => {
  await Promise.all([postgres.restore(), temporal.restore()]);
  await system.stop();
  await Promise.all([postgres.cut(), temporal.cut(), mailbox.stop()]);
});

async function expectUnavailable(reply: Promise<Response>, code: string): Promise<void> {
  const response = await reply;
  expect(response.status).toBe(503);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(await response.json()).toEqual({ statusCode: 503, error: 'Service Unavailable', code, message: expect.any(String) });
}

const authorized = (path: string, init: RequestInit = {}) =>
  fetch(`${system.baseUrl}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${system.token('kim.manager')}`, 'content-type': 'application/json' },
  });

it('answers 503 with Retry-After while PostgreSQL is down, and serves again once it is back', async () => {
  await postgres.cut();
  await expectUnavailable(authorized('/api/proposals'), 'database_unavailable');
  await expectUnavailable(
    authorized('/api/proposals', { method: 'POST', body: JSON.stringify(lowRiskDraft()) }),
    'database_unavailable',
  );
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
  await expectUnavailable(authorized(`/api/proposals/${draft.body.id}/submit`, { method: 'POST' }), 'workflow_unavailable');
  expect(await statusOf(system, draft.body.id)).toBe('DRAFT'); // the refused submit left nothing half done
  const edited = await system.call('PATCH', `/api/proposals/${draft.body.id}`, {
    as: 'kim.manager',
    body: { title: '다시 고친 제목' },
  });
  expect(edited.status).toBe(200); // nor a draft frozen for a submission that never started
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

it('records a mail sent just before PostgreSQL went away once it is back, and does not mail it again', async () => {
  const proposalId = await submittedProposal(system);
  const review = await openTask(system, proposalId, 'expert_review', 'park.expert');
  await system.call('POST', `/api/tasks/${review.id}/claim`, { as: 'park.expert' });
  // PostgreSQL goes away while the mail server takes the decision's mail, and comes back 5 s later: longer than
  // the delivery's retry interval, so a retry of the whole activity would mail it again. The server is busy
  // for the first two tries (retried after 2 s and 4 s), so the API has answered the decision by then.
  mailbox.refuse(2);
  let outage: Promise<void> | undefined;
  mailbox.beforeAccepting = async () => {
    mailbox.beforeAccepting = undefined;
    await postgres.cut();
    outage = new Promise((resolve) => setTimeout(resolve, 5_000)).then(() => postgres.restore());
  };
  const decided = await system.call('POST', `/api/tasks/${review.id}/complete`, {
    as: 'park.expert',
    body: { decision: 'reject', comment: 'Not for the public interest.' },
  });
  expect(decided.status).toBe(200);
  await system.eventually(async () => outage !== undefined, Boolean, 30_000);
  await outage;
  const [row] = (
    await system.eventually(
      () => system.db.query('SELECT id, sent_at, attempts FROM notifications WHERE proposal_id = $1', [proposalId]),
      (result) => result.rows.length === 1 && result.rows[0].sent_at !== null,
      30_000,
    )
  ).rows;
  expect(row.attempts).toBe(3);
  await new Promise((resolve) => setTimeout(resolve, 5_000)); // time for a retry that would mail it again
  expect(mailbox.received.filter((mail) => mail.messageId === `<${row.id}@bareun>`)).toHaveLength(1);
});
