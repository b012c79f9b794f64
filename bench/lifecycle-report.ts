// The lifecycle benchmark's section of docs/benchmarks.md: the figures, the machine, and the command.
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { writeSection } from './report-section.js';

type Stats = { calls: number; p50: number; p95: number; p99: number };

export function writeLifecycleReport(r: any, file: string): void {
  const { N, C, decisions, decisionClients, open, cachedWorkflows } = r.params;
  const calls = Object.entries(r.lifecycle.calls as Record<string, Stats>)
    .map(([name, s]) => `| ${name} | ${s.calls} | ${s.p50} | ${s.p95} | ${s.p99} |`)
    .join('\n');
  const versions = ['@temporalio/worker', '@nestjs/core', 'typeorm'].map((p) => `${p} ${version(p)}`).join(', ');
  writeSection(
    'docs/benchmarks.md',
    'lifecycle',
    `
## The lifecycle against Temporal's floor (\`npm run bench\`)

Command: \`BENCH_N=${N} BENCH_C=${C} BENCH_DECISIONS=${decisions} BENCH_OPEN=${open} BENCH_CACHE=${cachedWorkflows} npm run bench\`, measured
${r.measuredAt.slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model.trim()} with ${Math.round(totalmem() / 2 ** 30)} GB,
Node ${process.version}, ${versions}; ${servers(r.servers)}, one
worker (sticky cache of ${cachedWorkflows ?? 'the SDK default'} workflows, otherwise default settings) and one API, the load generator on the same machine. Raw JSON: \`${file}\`.
One proposal from submission to DEPLOYED ran ${r.shape.startActivities + r.shape.updates * r.shape.activitiesPerUpdate}
activities and ${r.shape.updates} updates; the floor workflow (\`bench/floor-workflow.ts\`) runs as many no-op
activities (${r.shape.startActivities} at start, ${r.shape.activitiesPerUpdate} per update) on the same server. The two take
turns in ${r.params.blocks ?? 1} blocks, so a change in the shared machine's load falls on both.

| figure | value | target |
| --- | --- | --- |
| lifecycle: ${N} proposals create → DEPLOYED at ${C} at once | ${r.lifecycle.perSecond.toFixed(2)} proposals/s | |
| floor: ${N} bare workflows at ${C} at once | ${r.floor.perSecond.toFixed(2)} workflows/s | |
| lifecycle ÷ floor | ${r.ratio.toFixed(2)} | ≥ 0.7 |
${statementsRow(r.lifecycle.statementsPerProposal)}
| POST /api/tasks/:id/complete, ${decisions} at ${decisionClients} clients: p50 / p99 ms | ${r.decisions.complete.p50} / ${r.decisions.complete.p99} | |
| raw update round trip (${r.shape.activitiesPerUpdate} no-op activities), ${decisions} at ${decisionClients}: p50 / p99 ms | ${r.decisions.rawUpdate.p50} / ${r.decisions.rawUpdate.p99} | |
| decision p99 ÷ raw update p99 | ${r.decisions.p99Ratio.toFixed(2)} | ≤ 2 |
| worker resident memory, before → with ${open} more open proposals | ${mb(r.capacity.rssMbBefore.worker)} → ${mb(r.capacity.rssMbAfter.worker)} | bounded |
${curveRow(r.capacity.curve)}
| API resident memory, before → after | ${mb(r.capacity.rssMbBefore.api)} → ${mb(r.capacity.rssMbAfter.api)} | |
| GET /api/tasks (first page of 50) with them open: p50 / p95 ms | ${r.capacity.inbox.p50} / ${r.capacity.inbox.p95} | |

Where the CPU went (seconds per proposal or bare workflow, from /proc; the floor's worker runs in the load
generator's process):

| part | lifecycle | floor |
| --- | --- | --- |
${cpuRows(r.lifecycle.cpuSecondsPerProposal, r.floor.cpuSecondsPerWorkflow)}

Each API call of the lifecycle run (ms, whole HTTP request):

| call | calls | p50 | p95 | p99 |
| --- | --- | --- | --- | --- |
${calls}
`,
  );
}

const statementsRow = (s?: { api: number; worker: number; total: number }) =>
  s
    ? `| SQL statements per proposal: API + worker | ${s.api} + ${s.worker} = ${s.total} | |`
    : '| SQL statements per proposal | not counted in this run | |';

const curveRow = (curve?: { open: number; workerMb: number }[]) =>
  curve
    ? `| worker resident memory at ${curve.map((c) => c.open).join(' / ')} open | ${curve.map((c) => mb(c.workerMb)).join(' / ')} | levels off |`
    : '| worker resident memory along the way | not sampled in this run | |';

function cpuRows(lifecycle?: Record<string, number>, floor?: Record<string, number>): string {
  if (!lifecycle || !floor) return '| (not measured in this run) | | |';
  const total = (parts: Record<string, number>) => Object.values(parts).reduce((sum, s) => sum + s, 0);
  const rows = Object.keys(lifecycle).map((part) => `| ${part} | ${lifecycle[part].toFixed(3)} | ${floor[part].toFixed(3)} |`);
  return [...rows, `| all | ${total(lifecycle).toFixed(3)} | ${total(floor).toFixed(3)} |`].join('\n');
}

function servers(used?: { postgres: string; temporal: string }): string {
  const postgres = used?.postgres === 'configured' ? 'the configured PostgreSQL (its CPU not profiled)' : 'embedded PostgreSQL';
  const temporal =
    used?.temporal === 'configured'
      ? 'the configured Temporal (its CPU not profiled)'
      : 'the Temporal dev server (SQLite in memory)';
  return `${postgres}, ${temporal}`;
}

const mb = (value: number) => `${Math.round(value)} MB`;

function version(pkg: string): string {
  try {
    return JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version;
  } catch {
    return '?';
  }
}
