// Tracing on (OTEL_EXPORTER_OTLP_ENDPOINT set): one decision is one trace, from the API's HTTP request through
// the Temporal Update and the worker's activity to its SQL, each span's parent in it. Unset, the SDK never loads.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { openTask, submittedProposal } from './support/proposals.js';
import { type ReceivedSpan, startOtlpReceiver } from './support/otlp-receiver.js';
import { System } from './support/system.js';

let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
let system: System;
let proposalId: string;
beforeAll(async () => {
  receiver = await startOtlpReceiver();
  system = await System.start({
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
    OTEL_BSP_SCHEDULE_DELAY: '100', // spans out within a tenth of a second, not the default five
  });
});
afterAll(async () => {
  await system?.stop();
  await receiver?.stop();
});

/** Spans whose parent is not among them: the roots, and any whose parent has not arrived (or never will). */
function rootsOf(spans: ReceivedSpan[]): ReceivedSpan[] {
  const ids = new Set(spans.map((s) => s.spanId));
  return spans.filter((s) => !s.parentSpanId || !ids.has(s.parentSpanId));
}

/** The trace of the completion's HTTP request once whole (the worker's part in it, one root), or as it is at 20 s. */
async function decisionTrace(): Promise<ReceivedSpan[]> {
  for (const deadline = Date.now() + 20_000; ; await new Promise((resolve) => setTimeout(resolve, 200))) {
    const root = receiver.spans.find((s) => s.service === 'bareun-api' && s.name === 'POST /api/tasks/:id/complete');
    const trace = root ? receiver.spans.filter((s) => s.traceId === root.traceId) : [];
    const whole = trace.some((s) => s.service === 'bareun-worker') && rootsOf(trace).length === 1;
    if (whole || Date.now() > deadline) return trace;
  }
}

it('joins the spans of one decision in one trace: request, Update, activity, SQL', async () => {
  proposalId = await submittedProposal(system);
  const task = await openTask(system, proposalId, 'expert_review', 'park.expert');
  expect((await system.call('POST', `/api/tasks/${task.id}/claim`, { as: 'park.expert' })).status).toBe(200);
  const completed = await system.call('POST', `/api/tasks/${task.id}/complete`, {
    as: 'park.expert',
    body: { decision: 'approve', comment: 'Tested on the published guides.' },
  });
  expect(completed.status).toBe(200);

  const trace = await decisionTrace();
  const one = (service: string, name: string, parent?: ReceivedSpan) => {
    const found = trace.filter((s) => s.service === service && s.name.startsWith(name));
    const span = found.find((s) => s.parentSpanId === parent?.spanId);
    if (!span) throw new Error(`no ${service} span ${name}… under ${parent?.name ?? 'no parent'}: ${names(trace)}`);
    return span;
  };
  const request = one('bareun-api', 'POST /api/tasks/:id/complete');
  const update = one('bareun-api', 'StartWorkflowUpdate:completeTask', request);
  const activity = one('bareun-worker', 'RunActivity:recordTaskChange', update);
  expect(activity.attributes.temporalWorkflowId).toBe(update.attributes.temporalWorkflowId);
  one('bareun-worker', 'pg.query:INSERT', activity);
  // no span of the trace has lost its parent: the request is its only root
  expect(rootsOf(trace).map((s) => s.name)).toEqual([request.name]);
  // the claim before it is a trace of its own
  expect(receiver.spans.find((s) => s.name === 'StartWorkflowUpdate:claimTask')?.traceId).not.toBe(request.traceId);
});

it('leaves a history that replays on the workflow bundle, its activities carrying the trace', async () => {
  const connection = await Connection.connect({ address: process.env.TEST_TEMPORAL_ADDRESS! });
  try {
    const history = await new Client({ connection }).workflow.getHandle(`proposal-${proposalId}`).fetchHistory();
    const scheduled = history.events!.map((e) => e.activityTaskScheduledEventAttributes).filter((a) => !!a);
    const traced = scheduled.filter((a) => a.header?.fields?.['_tracer-data']);
    expect(traced.map((a) => a.activityType?.name)).toContain('recordTaskChange');
    expect(traced.length).toBeLessThan(scheduled.length); // the run's own steps are not the Update's
    const file = join(mkdtempSync(join(tmpdir(), 'bareun-traced-')), 'traced.json');
    writeFileSync(file, historyToJSON(history));
    const replay = execFileSync(process.execPath, ['dist/scripts/replay-histories.js', file], {
      env: { ...process.env, TEMPORAL_CODEC_KEYS: system.codecKeys },
      encoding: 'utf8',
    });
    expect(replay).toContain(`replayed ${file}`);
  } finally {
    await connection.close();
  }
});

const names = (spans: ReceivedSpan[]) => spans.map((s) => `${s.service} ${s.name}`).join(', ');

/** The OpenTelemetry modules a Node process has loaded once startTracing has run, with `env`. */
function modulesLoadedBy(env: NodeJS.ProcessEnv): string[] {
  const script = `
    const { createRequire } = await import('node:module');
    const { startTracing } = await import(${JSON.stringify(resolve('dist/libs/tracing/src/index.js'))});
    startTracing('probe');
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    console.log(JSON.stringify(loaded.filter((path) => /@opentelemetry|interceptors-opentelemetry/.test(path))));
    process.exit(0);`;
  const { OTEL_EXPORTER_OTLP_ENDPOINT: _, ...rest } = process.env;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: tmpdir(), // no .env of the project's
    env: { ...rest, ...env },
    encoding: 'utf8',
  });
  return JSON.parse(output) as string[];
}

it('loads nothing of OpenTelemetry while OTEL_EXPORTER_OTLP_ENDPOINT is unset', () => {
  expect(modulesLoadedBy({})).toEqual([]);
  expect(modulesLoadedBy({ OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint }).length).toBeGreaterThan(10);
});
