// `npm run bench`: the lifecycle's speed beside Temporal's own floor, in one run on this machine.
// BENCH_N proposals (300) from create to DEPLOYED at BENCH_C at once (20); the same number of bare
// workflows with as many activities and updates; BENCH_DECISIONS completions (200) at 50 clients beside
// raw update round trips; BENCH_OPEN proposals (5,000) open at once, past the worker's sticky cache of
// BENCH_CACHE workflows (1,000): memory and the inbox's p95. The SQL statements per proposal the API and
// the worker send, counted by a module the bench preloads into them (bench/statements.ts).
// Embedded servers, or the ones DATABASE_URL and TEMPORAL_ADDRESS name (give it a database of its own: it fills it).
// A benchmark, not a test: it asserts nothing; JSON into bench/results/, a table into docs/benchmarks.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import { workflowIdFor } from '#domain';
import { freePort, spawnNode, startThrowawayStack, stopProcess, throwawayAppEnv, waitForHttpOk } from '#dev-stack';
import { CpuMeter } from './cpu.js';
import { Floor, type Shape } from './floor.js';
import { LifecycleLoad } from './lifecycle-load.js';
import { writeLifecycleReport } from './lifecycle-report.js';
import { countingStatements, statementsPer, statementsSoFar } from './statements.js';
import { Latencies, percentiles, pool } from './stats.js';

const param = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const params = {
  N: param('BENCH_N', 300),
  C: param('BENCH_C', 20),
  decisions: param('BENCH_DECISIONS', 200),
  decisionClients: 50,
  open: param('BENCH_OPEN', 5_000),
  // The worker's sticky cache, set so that the capacity run goes well past it.
  cachedWorkflows: param('BENCH_CACHE', 1_000),
  /** Turns the lifecycle and the floor take. */
  blocks: 5,
};
const log = (m: string) => console.error(`[bench] ${m}`);
/** Resident memory of a child process, from Linux's /proc. */
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const stack = await startThrowawayStack('bench', log);
const port = await freePort();
const env = { ...throwawayAppEnv(stack, 'bench', port), TEMPORAL_MAX_CACHED_WORKFLOWS: String(params.cachedWorkflows) };
const secret = env.AUTH_JWT_SECRET;
mkdirSync('bench/results', { recursive: true });
const logFile = (name: string) => `bench/results/${name}.log`; // the last run's, for a look after a surprise
const worker = spawnNode({
  name: 'worker',
  entry: 'dist/apps/worker/src/main.js',
  env: countingStatements('worker', env),
  logFile: logFile('worker'),
});
const api = spawnNode({
  name: 'api',
  entry: 'dist/apps/api/src/main.js',
  env: countingStatements('api', env),
  logFile: logFile('api'),
});
const floor = await Floor.start(stack.temporalAddress);
try {
  await waitForHttpOk(`http://localhost:${port}/health`);
  const latencies = new Latencies();
  const load = new LifecycleLoad(`http://localhost:${port}`, secret, latencies);
  log('warming up: 5 proposals');
  const sample = await load.toDeployed();
  await pool(4, 4, async () => void (await load.toDeployed()));
  const shape = await shapeOf(sample);
  log(`one proposal to DEPLOYED: ${JSON.stringify(shape)}; lifecycle: ${params.N} at ${params.C}`);

  const measured = new Latencies();
  const measuredLoad = new LifecycleLoad(`http://localhost:${port}`, secret, measured);
  // The lifecycle and the floor take turns in blocks, so that a change in the machine's load (it is shared)
  // falls on both alike rather than on whichever ran second.
  const cpu = new CpuMeter({ api: api.pid!, worker: worker.pid! });
  const block = Math.ceil(params.N / params.blocks);
  // The floor's blocks send no SQL: counted across them, the lifecycle's last writes of a block are in.
  const statementsBefore = await statementsSoFar({ api, worker });
  for (let done = 0; done < params.N; done += block) {
    const size = Math.min(block, params.N - done);
    await cpu.measure('lifecycle', size, () => pool(size, params.C, async () => void (await measuredLoad.toDeployed())));
    await cpu.measure('floor', size, () => floor.runWorkflows(shape, size, params.C));
  }
  const statements = statementsPer(params.N, statementsBefore, await statementsSoFar({ api, worker }));
  const lifecycle = cpu.summary('lifecycle');
  const floorRun = cpu.summary('floor');
  log(`lifecycle: ${lifecycle.perSecond.toFixed(2)}/s; CPU s per proposal ${JSON.stringify(lifecycle.cpuPerUnit)}`);
  log(`SQL statements per proposal: ${JSON.stringify(statements)}`);
  log(`floor: ${floorRun.perSecond.toFixed(2)}/s; CPU s per workflow ${JSON.stringify(floorRun.cpuPerUnit)}`);

  log(`decisions: preparing ${params.decisions} claimed reviews`);
  const tasks: string[] = [];
  await pool(params.decisions, params.C, async () => void tasks.push(await load.claimedReview()));
  const decisions = new Latencies();
  const decisionLoad = new LifecycleLoad(`http://localhost:${port}`, secret, decisions);
  // Taking turns again, a burst of one client's worth each.
  for (let done = 0; done < tasks.length; done += params.decisionClients) {
    const burst = tasks.slice(done, done + params.decisionClients);
    await pool(burst.length, params.decisionClients, (i) => decisionLoad.completeReview(burst[i]).then(() => undefined));
    await floor.updateRoundTrips(shape.activitiesPerUpdate, burst.length, params.decisionClients, decisions);
  }

  log(`capacity: opening ${params.open} proposals`);
  const before = { worker: rssMb(worker.pid!), api: rssMb(api.pid!) };
  // In five steps, so the report shows whether the worker's memory levels off at the sticky cache's size.
  const curve: { open: number; workerMb: number; apiMb: number }[] = [];
  for (let step = 1; step <= 5; step++) {
    await pool(Math.round(params.open / 5), params.C, async () => void (await load.submitted()));
    curve.push({ open: Math.round((params.open * step) / 5), workerMb: rssMb(worker.pid!), apiMb: rssMb(api.pid!) });
  }
  const inbox = new Latencies();
  const inboxLoad = new LifecycleLoad(`http://localhost:${port}`, secret, inbox);
  for (let i = 0; i < 100; i++) await inboxLoad.call('GET /api/tasks', 'park.expert', 'GET', '/api/tasks?limit=50');
  const after = { worker: rssMb(worker.pid!), api: rssMb(api.pid!) };

  const decisionStats = decisions.summary();
  const results = {
    measuredAt: new Date().toISOString(),
    // Configured servers (DATABASE_URL, TEMPORAL_ADDRESS) run elsewhere: their CPU is not in the profile.
    servers: {
      postgres: process.env.DATABASE_URL ? 'configured' : 'embedded',
      temporal: process.env.TEMPORAL_ADDRESS ? 'configured' : 'embedded',
    },
    params,
    shape,
    lifecycle: {
      perSecond: lifecycle.perSecond,
      cpuSecondsPerProposal: lifecycle.cpuPerUnit,
      statementsPerProposal: statements,
      calls: measured.summary(),
    },
    floor: { perSecond: floorRun.perSecond, cpuSecondsPerWorkflow: floorRun.cpuPerUnit },
    ratio: lifecycle.perSecond / floorRun.perSecond,
    decisions: {
      complete: decisionStats['POST /api/tasks/:id/complete'],
      rawUpdate: decisionStats['raw update'],
      p99Ratio: decisionStats['POST /api/tasks/:id/complete'].p99 / decisionStats['raw update'].p99,
    },
    capacity: {
      openProposals: params.open,
      rssMbBefore: before,
      rssMbAfter: after,
      curve,
      inbox: percentiles(inbox.values('GET /api/tasks')),
    },
  };
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${results.measuredAt.replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  writeLifecycleReport(results, file);
  log(`wrote ${file} and docs/benchmarks.md`);
} finally {
  await floor.stop();
  await Promise.all([stopProcess(api), stopProcess(worker)]);
  await stack.stop();
}

/** How many activities and updates one proposal's workflow ran from submission to DEPLOYED. */
async function shapeOf(proposalId: string): Promise<Shape> {
  const client = new Client({ connection: await Connection.connect({ address: stack.temporalAddress }) });
  const history = await client.workflow.getHandle(workflowIdFor(proposalId)).fetchHistory();
  await client.connection.close();
  const events = history.events ?? [];
  const byType: Record<string, number> = {};
  for (const e of events) byType[String(e.eventType)] = (byType[String(e.eventType)] ?? 0) + 1;
  log(`history of one proposal: ${events.length} events ${JSON.stringify(byType)}`);
  const activities = events.filter((e) => e.activityTaskScheduledEventAttributes).length;
  const updates = events.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length;
  const activitiesPerUpdate = Math.floor(activities / (updates + 1));
  return { startActivities: activities - updates * activitiesPerUpdate, updates, activitiesPerUpdate };
}
