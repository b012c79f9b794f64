// Nothing applies twice: a retry reaches the Update its first attempt sent, a second withdrawal or revision
// while one is being acted on is a 409, submits given up on do not pile Updates up, and only a draft is
// submitted, by the API and again by the workflow's first write, even once Temporal has removed the run.
import { execFileSync } from 'node:child_process';
import { Client, Connection } from '@temporalio/client';
import { LIFECYCLE_WORKFLOW, workflowIdFor } from '#domain';
import { dataConverterOf } from '#temporal';
import { resolveBinary, TEMPORAL_CLI } from '#dev-stack';
import { lowRiskDraft, openTask, reachStatus, statusOf, submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';

let system: System;
beforeAll(async () => {
  system = await System.start();
});
afterAll(() => system.stop());

const cli = resolveBinary(TEMPORAL_CLI)!;
const temporal = (...args: string[]): string =>
  execFileSync(cli, [...args, '--address', process.env.TEST_TEMPORAL_ADDRESS!], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();

interface HistoryEvent {
  eventType: string;
  workflowExecutionUpdateAcceptedEventAttributes?: { acceptedRequest: { meta: { updateId: string }; input: { name: string } } };
}
const history = (proposalId: string): HistoryEvent[] =>
  JSON.parse(temporal('workflow', 'show', '--workflow-id', workflowIdFor(proposalId), '-o', 'json')).events;
/** The ids of the Updates of that name the workflow accepted. */
const acceptedUpdates = (proposalId: string, name: string): string[] =>
  history(proposalId)
    .map((e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest)
    .filter((request) => request?.input.name === name)
    .map((request) => request!.meta.updateId);

const actionsOf = async (proposalId: string): Promise<string[]> =>
  (await system.db.query('SELECT action FROM audit_entries WHERE proposal_id = $1 ORDER BY seq', [proposalId])).rows.map(
    (row) => row.action,
  );

const withdraw = (proposalId: string, key?: string) =>
  system.call('POST', `/api/proposals/${proposalId}/withdraw`, {
    as: 'kim.manager',
    body: { reason: 'The office chose another system.' },
    headers: key ? { 'idempotency-key': key } : {},
  });

/**
 * Runs `send` while no worker runs, so that the requests it starts wait in Temporal and reach the workflow
 * together once a worker starts again; it returns them unanswered (inside an object, so they are not awaited
 * here). The pause lets them reach Temporal first.
 */
async function whileNoWorker<T extends object>(send: () => Promise<T>): Promise<T> {
  await system.killWorker();
  try {
    const sent = await send();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    return sent;
  } finally {
    system.startWorker();
  }
}

describe('withdrawing', () => {
  it('twice at the same time gives one 200, one 409, and one withdrawn entry', async () => {
    const proposalId = await submittedProposal(system);
    await openTask(system, proposalId, 'expert_review', 'park.expert');
    const sent = await whileNoWorker(async () => ({ replies: Promise.all([withdraw(proposalId), withdraw(proposalId)]) }));
    const replies = await sent.replies;
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    // Refused by the workflow's validator, or by the API or Temporal once the first had closed the run.
    const refused = replies.find((r) => r.status === 409)!;
    expect(['withdrawal_in_progress', 'stage_refuses_action', 'workflow_closed']).toContain(refused.body.code);
    expect(await statusOf(system, proposalId)).toBe('WITHDRAWN');
    expect((await actionsOf(proposalId)).filter((a) => a === 'withdrawn')).toHaveLength(1);
  });

  it('again after a 503, with the same key, reaches the first Update; another withdrawal beside it is a 409', async () => {
    const proposalId = await submittedProposal(system);
    await openTask(system, proposalId, 'expert_review', 'park.expert');
    const sent = await whileNoWorker(async () => {
      // No worker takes the Update: after 30 s the API answers 503, and the Update waits on in Temporal.
      const timedOut = await withdraw(proposalId, 'withdraw-after-503');
      const retry = withdraw(proposalId, 'withdraw-after-503');
      return { timedOut, replies: Promise.all([retry, withdraw(proposalId, 'withdraw-other-key')]) };
    });
    expect(sent.timedOut).toMatchObject({ status: 503, body: { code: 'workflow_timed_out' } });
    const [retryReply, otherReply] = await sent.replies;
    expect(retryReply.status).toBe(200);
    expect(retryReply.body.status).toBe('WITHDRAWN');
    expect(otherReply.status).toBe(409);
    expect(otherReply.body.code).toBe('withdrawal_in_progress');
    expect((await actionsOf(proposalId)).filter((a) => a === 'withdrawn')).toHaveLength(1);
    expect(acceptedUpdates(proposalId, 'withdraw')).toHaveLength(1);

    // The key stayed with its request: another request with it is refused, not run.
    const reused = await system.call('POST', `/api/proposals/${proposalId}/withdraw`, {
      as: 'kim.manager',
      body: { reason: 'Another reason.' },
      headers: { 'idempotency-key': 'withdraw-after-503' },
    });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('idempotency_key_reused');
  });
});

it('a second revision while the first is being acted on is a 409, and one revision is recorded', async () => {
  const proposalId = await submittedProposal(system);
  const review = await openTask(system, proposalId, 'expert_review', 'park.expert');
  await system.call('POST', `/api/tasks/${review.id}/claim`, { as: 'park.expert' });
  const changes = await system.call('POST', `/api/tasks/${review.id}/complete`, {
    as: 'park.expert',
    body: { decision: 'request_changes', comment: 'Say which guides the answers come from.' },
  });
  expect(changes.status).toBe(200);
  await reachStatus(system, proposalId, 'REVISION_REQUESTED');

  const revise = () =>
    system.call('POST', `/api/proposals/${proposalId}/revisions`, {
      as: 'kim.manager',
      body: { reply: 'The answers now name the guides.' },
    });
  const sent = await whileNoWorker(async () => ({ replies: Promise.all([revise(), revise()]) }));
  const replies = await sent.replies;
  expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
  const refused = replies.find((r) => r.status === 409)!;
  expect(['revision_in_progress', 'stage_refuses_action']).toContain(refused.body.code);
  expect((await actionsOf(proposalId)).filter((a) => a === 'revision_submitted')).toHaveLength(1);
  expect(acceptedUpdates(proposalId, 'revise')).toHaveLength(1);
});

it('submits given up on while no worker runs wait on one Update, and the proposal goes on once one does', async () => {
  const created = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() });
  const submit = () => system.call('POST', `/api/proposals/${created.body.id}/submit`, { as: 'kim.manager' });
  // Each waits for screening, gives up, and answers with the proposal as it stands, before a worker runs.
  const { replies } = await whileNoWorker(async () => ({ replies: await Promise.all([submit(), submit(), submit(), submit()]) }));
  expect(replies.map((r) => r.status)).toEqual([202, 202, 202, 202]);

  await reachStatus(system, created.body.id, 'EXPERT_REVIEW');
  expect(acceptedUpdates(created.body.id, 'awaitScreening')).toHaveLength(1);
  expect((await actionsOf(created.body.id)).filter((a) => a === 'submitted')).toHaveLength(1);
  expect(await withdraw(created.body.id)).toMatchObject({ status: 200, body: { status: 'WITHDRAWN' } });
});

describe('submitting', () => {
  it('a proposal past DRAFT again is a 409 and changes nothing', async () => {
    const proposalId = await submittedProposal(system);
    await openTask(system, proposalId, 'expert_review', 'park.expert');
    const before = await actionsOf(proposalId);
    const again = await system.call('POST', `/api/proposals/${proposalId}/submit`, { as: 'kim.manager' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'stage_refuses_action' });
    expect(await actionsOf(proposalId)).toEqual(before);
  });

  it('a REJECTED proposal whose run Temporal deleted is a 409, stays REJECTED, and gets no new entries', async () => {
    const proposalId = await submittedProposal(system);
    const review = await openTask(system, proposalId, 'expert_review', 'park.expert');
    await system.call('POST', `/api/tasks/${review.id}/claim`, { as: 'park.expert' });
    const rejected = await system.call('POST', `/api/tasks/${review.id}/complete`, {
      as: 'park.expert',
      body: { decision: 'reject', comment: 'Not for the public interest.' },
    });
    expect(rejected.status).toBe(200);
    await reachStatus(system, proposalId, 'REJECTED');
    await system.eventually(
      async () => JSON.parse(temporal('workflow', 'describe', '--workflow-id', workflowIdFor(proposalId), '-o', 'json')),
      (described) => described.workflowExecutionInfo.status === 'WORKFLOW_EXECUTION_STATUS_COMPLETED',
    );
    // As the namespace's retention does in time (and `temporal workflow delete` at once).
    temporal('workflow', 'delete', '--workflow-id', workflowIdFor(proposalId), '--yes');
    const gone = async () => {
      try {
        temporal('workflow', 'describe', '--workflow-id', workflowIdFor(proposalId));
        return false;
      } catch {
        return true;
      }
    };
    await system.eventually(gone, Boolean, 120_000); // the server deletes in the background
    const before = await actionsOf(proposalId);

    const again = await system.call('POST', `/api/proposals/${proposalId}/submit`, {
      as: 'kim.manager',
      headers: { 'accept-language': 'en' },
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'stage_refuses_action', message: expect.stringMatching(/Rejected/) });
    expect(await statusOf(system, proposalId)).toBe('REJECTED');
    expect(await actionsOf(proposalId)).toEqual(before);
    expect(await gone()).toBe(true); // no new run either

    // A run started past the API: from the CLI, unsealed, it fails before any write (docs/security.md#temporal);
    // sealed with the deployment's key (an operator's client), it finds no draft at its first write and ends.
    const { rows } = await system.db.query('SELECT policy_version FROM proposals WHERE id = $1', [proposalId]);
    const input = {
      proposalId,
      department: 'WELFARE',
      policyVersion: rows[0].policy_version,
      submittedBy: 'kim.manager',
    };
    const start = ['workflow', 'start', '--type', LIFECYCLE_WORKFLOW, '--task-queue', system.taskQueue];
    temporal(...start, '--workflow-id', workflowIdFor(proposalId), '--input', JSON.stringify(input));
    expect(() => temporal('workflow', 'result', '--workflow-id', workflowIdFor(proposalId))).toThrow(/workflow failed/);
    const sealed = new Client({
      connection: await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS! }),
      dataConverter: dataConverterOf({ TEMPORAL_CODEC_KEYS: system.codecKeys }),
    });
    try {
      const run = await sealed.workflow.start(LIFECYCLE_WORKFLOW, {
        taskQueue: system.taskQueue,
        workflowId: workflowIdFor(proposalId),
        args: [input],
      });
      expect(await run.result()).toMatchObject({ status: 'REJECTED' });
    } finally {
      await sealed.connection.close();
    }
    expect(await statusOf(system, proposalId)).toBe('REJECTED');
    expect(await actionsOf(proposalId)).toEqual(before);
  });
});
