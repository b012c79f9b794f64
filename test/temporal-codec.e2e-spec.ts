// Temporal holds ciphertext, and only the key drives a workflow (docs/security.md#temporal): a comment, a name,
// an identity never shows in the run's raw history; an Update sent straight to Temporal, plain, sealed with
// another key or carrying a forged seal mark, is refused and leaves no event and no record; a run started
// plain fails before it does anything; an administrator reads the payloads through the codec endpoint.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client, Connection, WorkflowFailedError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { claimTaskUpdate, LIFECYCLE_WORKFLOW, SEALED_METADATA, workflowIdFor } from '#domain';
import { resolveBinary, TEMPORAL_CLI } from '#dev-stack';
import { dataConverterOf } from '#temporal';
import { expert } from './support/lifecycle-harness.js';
import { lowRiskDraft, openTask, submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';

const UI = 'http://localhost:8233';
let system: System;
let connection: Connection;
beforeAll(async () => {
  system = await System.start({ TEMPORAL_UI_URL: UI });
  connection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS! });
});
afterAll(async () => {
  await connection?.close();
  await system?.stop();
});

const cli = resolveBinary(TEMPORAL_CLI)!;
const execFileAsync = promisify(execFile);
const temporal = (...args: string[]): string =>
  execFileSync(cli, [...args, '--address', process.env.TEST_TEMPORAL_ADDRESS!], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
/** The run's history as the CLI prints it: what anyone with access to Temporal reads. */
const rawHistory = (proposalId: string): string =>
  temporal('workflow', 'show', '--workflow-id', workflowIdFor(proposalId), '-o', 'json');
const events = (proposalId: string): { eventType: string }[] => JSON.parse(rawHistory(proposalId)).events;

/** The history as text, each payload's data decoded from base64 as well: how `show -o json` prints a payload. */
function readable(history: string): string {
  const texts: string[] = [history];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const { data } = value as { data?: unknown };
      if (typeof data === 'string' && 'metadata' in value) texts.push(Buffer.from(data, 'base64').toString());
      Object.values(value).forEach(walk);
    }
  };
  walk(JSON.parse(history));
  return texts.join('\n');
}

/** A Temporal client with this codec, or none: a stranger's. */
const clientWith = (codec?: PayloadCodec) =>
  new Client({ connection, dataConverter: codec ? { payloadCodecs: [codec] } : undefined });

const taskRow = async (taskId: string) =>
  (await system.db.query('SELECT status, assignee FROM tasks WHERE id = $1', [taskId])).rows[0];
const auditCount = async (proposalId: string): Promise<number> =>
  Number((await system.db.query('SELECT count(*) FROM audit_entries WHERE proposal_id = $1', [proposalId])).rows[0].count);

describe('a forged Update straight to Temporal', () => {
  let proposalId: string;
  let taskId: string;
  beforeAll(async () => {
    proposalId = await submittedProposal(system);
    taskId = (await openTask(system, proposalId, 'expert_review', 'park.expert')).id;
  });
  const claim = { taskId: '', actor: expert };

  it('is refused when plain (the CLI), sealed with another key, or plain with a forged seal mark', async () => {
    claim.taskId = taskId;
    const before = { events: events(proposalId).length, task: await taskRow(taskId), audit: await auditCount(proposalId) };

    const input = JSON.stringify(claim);
    const args = [
      'workflow',
      'update',
      'execute',
      '--workflow-id',
      workflowIdFor(proposalId),
      '--name',
      'claimTask',
      '--input',
      input,
    ];
    expect(() => temporal(...args)).toThrow(/not sealed/);

    const otherKey = dataConverterOf({
      TEMPORAL_CODEC_KEYS: `${system.codecKeys.split(':')[0]}:${randomBytes(32).toString('base64')}`,
    });
    const forgedMark: PayloadCodec = {
      encode: async (payloads: Payload[]) =>
        payloads.map((p) => ({ ...p, metadata: { ...p.metadata, [SEALED_METADATA]: new TextEncoder().encode('test') } })),
      decode: async (payloads: Payload[]) => payloads,
    };
    for (const codec of [otherKey.payloadCodecs[0], forgedMark]) {
      const handle = clientWith(codec).workflow.getHandle(workflowIdFor(proposalId));
      const refusal = await handle.executeUpdate(claimTaskUpdate, { args: [claim] }).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(WorkflowUpdateFailedError);
      expect((refusal as WorkflowUpdateFailedError).cause?.message).toMatch(/not sealed|bareun-undecodable/);
    }

    // No trace: not an event more in the history, the task still open, not an audit entry more.
    expect(events(proposalId).length).toBe(before.events);
    expect(await taskRow(taskId)).toEqual(before.task);
    expect(before.task).toEqual({ status: 'open', assignee: null });
    expect(await auditCount(proposalId)).toBe(before.audit);
  });

  it('is accepted with the same arguments once sealed with the deployment key: the key, nothing else, decides', async () => {
    const handle = clientWith(dataConverterOf({ TEMPORAL_CODEC_KEYS: system.codecKeys }).payloadCodecs[0]).workflow.getHandle(
      workflowIdFor(proposalId),
    );
    await expect(handle.executeUpdate(claimTaskUpdate, { args: [claim] })).resolves.toMatchObject({ assignee: 'park.expert' });
  });
});

it('fails a run started with plain input before it records anything', async () => {
  const created = await system.call('POST', '/api/proposals', { as: 'kim.manager', body: lowRiskDraft() });
  const forged = await clientWith().workflow.start(LIFECYCLE_WORKFLOW, {
    taskQueue: system.taskQueue,
    workflowId: `forged-${randomUUID()}`,
    args: [{ proposalId: created.body.id, department: 'WELFARE', policyVersion: '2026.1', submittedBy: 'kim.manager' }],
  });
  const failure = await forged.result().catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(WorkflowFailedError);
  expect((failure as WorkflowFailedError).cause?.message).toMatch(/not sealed/);
  expect(await auditCount(created.body.id)).toBe(0);
  expect((await system.call('GET', `/api/proposals/${created.body.id}`, { as: 'kim.manager' })).body.status).toBe('DRAFT');
});

describe("a run's payloads", () => {
  const comment = `Bias audit ${randomUUID()} missing for 장애인 applicants`;
  let proposalId: string;
  let history: string;
  beforeAll(async () => {
    proposalId = await submittedProposal(system);
    const task = await openTask(system, proposalId, 'expert_review', 'park.expert');
    expect((await system.call('POST', `/api/tasks/${task.id}/claim`, { as: 'park.expert' })).status).toBe(200);
    const completed = await system.call('POST', `/api/tasks/${task.id}/complete`, {
      as: 'park.expert',
      body: { decision: 'request_changes', comment },
    });
    expect(completed.status).toBe(200);
    history = rawHistory(proposalId);
  });

  it('are ciphertext in the raw history: no comment, name or identity in clear text', () => {
    expect(history).toContain('completeTask'); // the Update is there…
    const text = readable(history);
    expect(text).toContain('"WELFARE"'); // a search attribute, which no codec seals, reads in clear: the reading works
    expect(history).toContain(Buffer.from('binary/encrypted').toString('base64')); // the codec's encoding
    for (const clear of [comment, 'park.expert', '박서연', 'kim.manager']) expect(text).not.toContain(clear); // …sealed
  });

  it('open for an administrator through the codec endpoint, and for nobody else', async () => {
    const accepted = JSON.parse(history).events.find(
      (e: any) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest.input.name === 'completeTask',
    );
    const payloads = accepted.workflowExecutionUpdateAcceptedEventAttributes.acceptedRequest.input.args.payloads;
    const decode = (as?: 'han.admin' | 'kim.manager' | 'park.expert') =>
      system.call('POST', '/api/admin/temporal-codec/decode', { as, body: { payloads }, headers: { 'x-namespace': 'default' } });

    const opened = await decode('han.admin');
    expect(opened.status).toBe(200);
    const [payload] = opened.body.payloads;
    expect(Buffer.from(payload.metadata.encoding, 'base64').toString()).toBe('json/plain');
    expect(JSON.parse(Buffer.from(payload.data, 'base64').toString())).toMatchObject({ comment, actor: { id: 'park.expert' } });
    expect((await decode('kim.manager')).status).toBe(403);
    expect((await decode('park.expert')).status).toBe(403);
    expect((await decode()).status).toBe(401);
  });

  it("open in the Temporal CLI through the same endpoint, as the codec server of Temporal's own tools", async () => {
    // Not execFileSync: this process must go on reading the API's output while the CLI calls it.
    const shown = async (token: string) => {
      const codec = ['--codec-endpoint', `${system.baseUrl}/api/admin/temporal-codec`, '--codec-auth', `Bearer ${token}`];
      const show = ['workflow', 'show', '--workflow-id', workflowIdFor(proposalId), '-o', 'json'];
      return (await execFileAsync(cli, [...show, ...codec, '--address', process.env.TEST_TEMPORAL_ADDRESS!])).stdout;
    };
    expect(readable(await shown(system.token('han.admin')))).toContain(comment);
  });
});

it("answers the Temporal UI's preflight, and no other origin's", async () => {
  const preflight = (origin: string) =>
    fetch(`${system.baseUrl}/api/admin/temporal-codec/decode`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type,x-namespace',
      },
    });
  const ui = await preflight(UI);
  expect(ui.headers.get('access-control-allow-origin')).toBe(UI);
  expect(ui.headers.get('access-control-allow-headers')).toMatch(/X-Namespace/);
  expect((await preflight('https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
});
