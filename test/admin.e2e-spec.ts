// Administrators' view of waiting work, and notifications that reach people, over the real system: a
// policy with deadlines of seconds, a real SMTP server, the CLI's query beside GET /api/admin/stalled.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, resolveBinary, TEMPORAL_CLI } from '#dev-stack';
import { POLICY_DIR } from '#policy';
import { Mailbox } from './support/mailbox.js';
import { ownDatabase } from './support/own-database.js';
import { openTask, reachStatus, submittedProposal } from './support/proposals.js';
import { System } from './support/system.js';

const SECOND_IN_DAYS = 1 / 86_400;
const PUBLIC_URL = 'https://bareun.test.seoul.go.kr';
let system: System;
let mailbox: Mailbox;
let policyDir: string;
let metricsUrl: string;
const SCRAPE_TOKEN = 'scrape-token-for-the-admin-test-0123456789';

beforeAll(async () => {
  // Reviews due in 6 s (reminded at 3 s); any wait idle 2 s counts as stalled.
  policyDir = mkdtempSync(join(tmpdir(), 'admin-policy-'));
  cpSync(join(POLICY_DIR, '2026.1.json'), join(policyDir, '2026.1.json'));
  const current = JSON.parse(readFileSync(join(POLICY_DIR, '2026.2.json'), 'utf8'));
  current.deadlines = { ...current.deadlines, expertReviewDays: 6 * SECOND_IN_DAYS, stalledAfterDays: 2 * SECOND_IN_DAYS };
  writeFileSync(join(policyDir, '2026.2.json'), JSON.stringify(current));
  mailbox = await Mailbox.start();
  const metricsPort = await freePort();
  metricsUrl = `http://localhost:${metricsPort}/metrics`;
  // Its own database: reassign-all moves every open task a person holds, and in the shared one some are of
  // other files' runs, whose workers have stopped (their Updates wait, and the request ends in a 503).
  const database = await ownDatabase('admin');
  system = await System.start(
    {
      DATABASE_URL: database,
      POLICY_DIR: policyDir,
      SMTP_URL: mailbox.url,
      PUBLIC_URL,
      METRICS_PORT: String(metricsPort),
      METRICS_TOKEN: SCRAPE_TOKEN,
    },
    database,
  );
});
afterAll(async () => {
  await system.stop();
  await mailbox.stop();
  rmSync(policyDir, { recursive: true, force: true });
});

const stalled = (query = '') =>
  system.call('GET', `/api/admin/stalled?department=WELFARE&limit=200${query}`, { as: 'han.admin' });

async function approved(): Promise<string> {
  const id = await submittedProposal(system);
  const review = await openTask(system, id, 'expert_review', 'park.expert');
  await system.call('POST', `/api/tasks/${review.id}/complete`, {
    as: 'park.expert',
    body: { decision: 'approve', comment: '' },
  });
  mailbox.refuse(2); // the sign-off's notification meets a busy server twice
  const signoff = await openTask(system, id, 'ethics_signoff', 'jung.officer');
  await system.call('POST', `/api/tasks/${signoff.id}/complete`, {
    as: 'jung.officer',
    body: { decision: 'approve', comment: '' },
  });
  await reachStatus(system, id, 'APPROVED');
  return id;
}

let approvedId: string;
let untouchedId: string;

it('a decision reaches the department by email, once, though the server refused it twice', async () => {
  approvedId = await approved();
  const row = await system.eventually(
    async () =>
      (await system.db.query(`SELECT * FROM notifications WHERE proposal_id = $1 AND kind = 'decision'`, [approvedId])).rows,
    (rows) => rows.length === 1 && rows[0].sent_at !== null,
  );
  expect(row[0]).toMatchObject({
    attempts: 3,
    last_error: expect.stringContaining('busy'),
    delivered_to: ['kim.manager@bareun.example'],
  });
  expect(mailbox.refusals).toBe(2);
  const mails = mailbox.received.filter((m) => m.messageId.includes(row[0].id));
  expect(mails).toHaveLength(1);
  const [mail] = mails;
  expect(mail.to).toEqual(['kim.manager@bareun.example']);
  expect(mail.subject).toBe('[바른] 제안이 승인되었습니다 / Your proposal was approved');
  const link = `${PUBLIC_URL}/api/proposals/${approvedId}`;
  // Korean first, English below, each with the link.
  expect(mail.text.indexOf('승인되었습니다')).toBeLessThan(mail.text.indexOf('was approved'));
  expect(mail.text).toContain(`바른에서 보기: ${link}`);
  expect(mail.text).toContain(`Open in Bareun: ${link}`);
});

it('an untouched review: a reminder to the candidate group, then an escalation to it and the admins', async () => {
  untouchedId = await submittedProposal(system);
  const subjects = (address: string) =>
    system.eventually(
      async () => mailbox.to(address).map((m) => m.subject),
      (s) => s.some((subject) => subject.includes('overdue')),
      20_000,
    );
  // choi.expert works in WELFARE, the proposal's department: never asked to review it.
  expect(await subjects('park.expert@bareun.example')).toEqual(
    expect.arrayContaining([
      expect.stringContaining('전문가 검토 기한 안내'),
      '[바른] 전문가 검토 기한 초과 / Expert review overdue',
    ]),
  );
  expect(await subjects('han.admin@bareun.example')).toContain('[바른] 전문가 검토 기한 초과 / Expert review overdue');
  expect(mailbox.to('choi.expert@bareun.example')).toEqual([]);
});

it('GET /api/admin/stalled lists the overdue review and the silent wait for the deployment, longest waiting first', async () => {
  const page = await system.eventually(
    () => stalled(),
    (reply) => [approvedId, untouchedId].every((id) => reply.body.items.some((i: any) => i.proposalId === id)),
  );
  const ours = page.body.items.filter((i: any) => [approvedId, untouchedId].includes(i.proposalId));
  expect(ours).toEqual([
    expect.objectContaining({
      type: 'department',
      kind: 'deployment',
      proposalId: approvedId,
      stage: 'APPROVED',
      department: 'WELFARE',
      tier: 1,
      waitedOn: { person: null, group: 'managers:WELFARE' },
      overdue: false,
      escalationLevel: 0,
    }),
    expect.objectContaining({
      type: 'task',
      kind: 'expert_review',
      proposalId: untouchedId,
      stage: 'EXPERT_REVIEW',
      waitedOn: { person: null, group: 'experts:technical' },
      overdue: true,
      escalationLevel: 1,
    }),
  ]);
  expect(Date.parse(ours[0].since)).toBeLessThan(Date.parse(ours[1].since));

  const overdueOnly = (await stalled('&overdue=true')).body.items.map((i: any) => i.proposalId);
  expect(overdueOnly).toContain(untouchedId);
  expect(overdueOnly).not.toContain(approvedId);
  const approvedOnly = (await stalled('&stage=APPROVED')).body.items.map((i: any) => i.proposalId);
  expect(approvedOnly).toContain(approvedId);
  expect(approvedOnly).not.toContain(untouchedId);
  const elsewhere = await system.call('GET', '/api/admin/stalled?department=TRANSPORT', { as: 'han.admin' });
  expect(elsewhere.body.items.map((i: any) => i.proposalId)).not.toContain(approvedId);
  const firstOfAll = await system.call('GET', '/api/admin/stalled?department=WELFARE&limit=1', { as: 'han.admin' });
  expect(firstOfAll.body).toMatchObject({ limit: 1, offset: 0, total: page.body.total });
  expect(firstOfAll.body.items).toHaveLength(1);
});

it('the Temporal CLI query of the README finds the same overdue proposals as the API', async () => {
  const cli = resolveBinary(TEMPORAL_CLI)!;
  const overdueInTemporal = () => {
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const query = `ExecutionStatus='Running' AND BareunNextDueAt < '${now}' AND BareunDepartment='WELFARE'`;
    const out = execFileSync(cli, [
      'workflow',
      'list',
      '--address',
      process.env.TEST_TEMPORAL_ADDRESS!,
      '--query',
      query,
      '-o',
      'json',
    ]);
    const listed: { execution: { workflowId: string } }[] = JSON.parse(out.toString() || '[]');
    return listed.map((w) => w.execution.workflowId.replace(/^proposal-/, '')).sort();
  };
  const overdueInApi = async () => {
    const items: { proposalId: string }[] = (await stalled('&overdue=true')).body.items;
    return [...new Set(items.map((i) => i.proposalId))].sort();
  };
  const [inApi, inTemporal] = await system.eventually(
    async () => [await overdueInApi(), overdueInTemporal()],
    ([api, temporal]) => api.includes(untouchedId) && JSON.stringify(api) === JSON.stringify(temporal),
  );
  expect(inTemporal).toEqual(inApi);
  expect(inTemporal).not.toContain(approvedId);
});

it('refuses what is not an admin, and bad filters with a 400 naming them', async () => {
  expect((await system.call('GET', '/api/admin/stalled', { as: 'park.expert' })).status).toBe(403);
  const bad = await system.call('GET', '/api/admin/stalled?tier=7&stage=LIMBO&overdue=maybe', { as: 'han.admin' });
  expect(bad.status).toBe(400);
  expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['overdue', 'stage', 'tier']);
});

describe('reassignment', () => {
  beforeAll(async () => {
    await system.db.query(
      `INSERT INTO users (id, name, department_code, roles, domains, email)
       VALUES ('yoon.expert', '윤하늘', 'SAIF', '{foundation_expert}', '{technical}', 'yoon.expert@bareun.example')
       ON CONFLICT (id) DO NOTHING`,
    );
  });
  const reassign = (taskId: string, assignee: string, as: 'han.admin' | 'park.expert' = 'han.admin') =>
    system.call('POST', `/api/admin/tasks/${taskId}/reassign`, { as, body: { assignee } });

  it('moves a task to another eligible expert: audited with both names, refused for the ineligible, the deadline goes on', async () => {
    const id = await submittedProposal(system);
    const review = await openTask(system, id, 'expert_review', 'park.expert');
    await system.call('POST', `/api/tasks/${review.id}/claim`, { as: 'park.expert' });

    expect((await reassign(review.id, 'yoon.expert', 'park.expert')).status).toBe(403);
    const ownDepartment = await reassign(review.id, 'choi.expert');
    expect(ownDepartment).toMatchObject({ status: 400, body: { message: expect.stringContaining("proposal's own department") } });
    expect((await reassign(review.id, 'nobody')).status).toBe(404);
    expect((await reassign(review.id, 'park.expert')).status).toBe(409);

    const moved = await reassign(review.id, 'yoon.expert');
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ assignee: 'yoon.expert', status: 'claimed', dueAt: (review as { dueAt?: string }).dueAt });
    const audit = await system.call('GET', `/api/proposals/${id}/audit`, { as: 'han.admin' });
    const actions = audit.body.map((e: any) => `${e.action}: ${e.rationale}`);
    expect(actions).toContain('task_reassigned: Expert review (Technical): from park.expert to yoon.expert');
    expect(actions.filter((a: string) => a.startsWith('task_reassigned'))).toHaveLength(1); // refusals left no trace
    const completedByPark = await system.call('POST', `/api/tasks/${review.id}/complete`, {
      as: 'park.expert',
      body: { decision: 'approve', comment: '' },
    });
    expect(completedByPark.status).toBe(403);
    // Due 6 s after it opened, as before the move: the escalation reaches the new assignee.
    await system.eventually(
      async () => mailbox.to('yoon.expert@bareun.example').map((m) => m.subject),
      (subjects) => subjects.includes('[바른] 전문가 검토 기한 초과 / Expert review overdue'),
      20_000,
    );
  });

  it("reassign-all moves an absent colleague's open tasks", async () => {
    const id = await submittedProposal(system);
    const review = await openTask(system, id, 'expert_review', 'park.expert');
    await system.call('POST', `/api/tasks/${review.id}/claim`, { as: 'park.expert' });
    const all = await system.call('POST', '/api/admin/users/park.expert/reassign-all', {
      as: 'han.admin',
      body: { assignee: 'yoon.expert' },
    });
    expect(all.status).toBe(200);
    expect(all.body.moved.map((t: any) => t.id)).toContain(review.id);
    expect(all.body.moved.every((t: any) => t.assignee === 'yoon.expert')).toBe(true);
    const held = await system.db.query(
      `SELECT count(*)::int AS n FROM tasks WHERE assignee = 'park.expert' AND status = 'claimed'`,
    );
    expect(held.rows[0].n).toBe(0);
    expect(
      (await system.call('POST', '/api/admin/users/nobody/reassign-all', { as: 'han.admin', body: { assignee: 'yoon.expert' } }))
        .status,
    ).toBe(404);
    expect((await system.call('POST', '/api/admin/users/park.expert/reassign-all', { as: 'han.admin', body: {} })).status).toBe(
      422,
    );
  });
});

it('GET /api/admin/metrics: counts per stage and tier, time in stage, SLA breaches; GET /metrics for Prometheus on its own port', async () => {
  const metrics = await system.call('GET', '/api/admin/metrics', { as: 'han.admin' });
  expect(metrics.status).toBe(200);
  expect(metrics.body.counts).toEqual(expect.arrayContaining([expect.objectContaining({ stage: 'APPROVED', tier: 1 })]));
  const review = metrics.body.timeInStage.find((s: any) => s.stage === 'EXPERT_REVIEW');
  expect(review.count).toBeGreaterThan(0);
  expect(review.p90Hours).toBeGreaterThanOrEqual(review.medianHours);
  expect(metrics.body.slaBreaches.byDepartment).toEqual(
    expect.arrayContaining([{ department: 'WELFARE', breaches: expect.any(Number) }]),
  );
  expect(metrics.body.slaBreaches.byStage).toEqual(
    expect.arrayContaining([{ stage: 'EXPERT_REVIEW', breaches: expect.any(Number) }]),
  );
  expect(
    (await system.call('GET', '/api/admin/metrics?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z', { as: 'han.admin' }))
      .status,
  ).toBe(422); // each a date-time, together no window
  expect((await system.call('GET', '/api/admin/metrics', { as: 'kim.manager' })).status).toBe(403);

  // Only on the metrics port, and only with the scrape token: the public port knows no /metrics.
  expect((await system.call('GET', '/metrics')).status).toBe(404);
  expect((await system.call('GET', '/metrics', { as: 'han.admin' })).status).toBe(404);
  expect((await fetch(metricsUrl)).status).toBe(401);
  expect((await fetch(metricsUrl, { headers: { authorization: `Bearer ${system.token('han.admin')}` } })).status).toBe(401);
  const scrape = await fetch(metricsUrl, { headers: { authorization: `Bearer ${SCRAPE_TOKEN}` } });
  expect(scrape.status).toBe(200);
  expect(scrape.headers.get('content-type')).toMatch(/^text\/plain/);
  const text = await scrape.text();
  expect(text).toMatch(/bareun_open_tasks\{kind="expert_review"\} \d+/);
  expect(text).toMatch(/bareun_escalations_total\{wait="task"\} [1-9]/);
  expect(text).toMatch(/bareun_decisions_total\{kind="ethics_signoff",decision="approve"\} [1-9]/);
  expect(text).toMatch(/bareun_stage_duration_seconds_bucket\{stage="EXPERT_REVIEW",le="3600"\} [1-9]/);
  expect(text).toMatch(
    /bareun_http_request_duration_seconds_count\{method="GET",route="\/api\/admin\/metrics",status="200"\} [1-9]/,
  );
});
