// `npm run bench:stalled`: GET /api/admin/stalled over a city's worth of records (20,000 proposals,
// 100,000 tasks), p50 and p95 over repeated calls, and the query plans beside the figures in docs/.
// A benchmark, not a test: it asserts nothing, and writes docs/benchmarks.md for people to read.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import pg from 'pg';
import { openTaskCondition, type StalledFilter, stalledQuery } from '#persistence';
import { signToken } from '#auth';
import { freePort, spawnNode, startThrowawayStack, stopProcess, throwawayAppEnv, waitForHttpOk } from '#dev-stack';
import { writeSection } from './report-section.js';
import { SEED_SQL } from './bench-stalled.seed.js';

const CALLS = 300;
const VARIANTS: Record<string, string> = {
  'first page, no filter': '',
  'overdue only': '?overdue=true',
  'one department': '?department=DEPT3',
  'one stage': '?stage=EXPERT_REVIEW',
  'one assignee': '?assignee=expert7',
  'tier IV, page 5': '?tier=4&offset=200',
};

const EXPLAINED: Record<string, Partial<StalledFilter>> = {
  'first page, no filter': {},
  'overdue only, one department': { overdueOnly: true, department: 'DEPT3' },
  'one assignee': { assignee: 'expert7' },
};

const stack = await startThrowawayStack('bench', (m) => console.error(`[bench] ${m}`));
const db = new pg.Pool({ connectionString: stack.databaseUrl, max: 2 });
const port = await freePort();
const env = throwawayAppEnv(stack, 'bench-stalled', port);
const secret = env.AUTH_JWT_SECRET;
const api = spawnNode({
  name: 'api',
  entry: 'dist/apps/api/src/main.js',
  env,
  output: () => {},
});
try {
  console.error('[bench] seeding 20,000 proposals and 100,000 tasks');
  await db.query(SEED_SQL);
  for (const table of ['proposals', 'tasks', 'department_waits']) await db.query(`VACUUM ANALYZE ${table}`);
  const counts = (
    await db.query(`SELECT (SELECT count(*) FROM proposals) AS p, (SELECT count(*) FROM tasks) AS t,
    (SELECT count(*) FROM tasks WHERE ${openTaskCondition('status')}) AS open_tasks,
    (SELECT count(*) FROM department_waits WHERE ended_at IS NULL) AS waits`)
  ).rows[0];
  await waitForHttpOk(`http://localhost:${port}/health`);
  const token = signToken({ sub: 'han.admin', name: '한지훈', roles: ['admin'], dept: 'DIGITAL', domains: [] } as never, secret);
  const rows: string[] = [];
  for (const [name, query] of Object.entries(VARIANTS)) {
    const call = async () => {
      const started = process.hrtime.bigint();
      const reply = await fetch(`http://localhost:${port}/api/admin/stalled${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const body = (await reply.json()) as { total: number };
      if (reply.status !== 200) throw new Error(`${name}: ${reply.status} ${JSON.stringify(body)}`);
      return { ms: Number(process.hrtime.bigint() - started) / 1e6, total: body.total };
    };
    for (let i = 0; i < 20; i += 1) await call(); // warm-up
    const timings: number[] = [];
    let total = 0;
    for (let i = 0; i < CALLS; i += 1) ({ total } = await call().then((r) => (timings.push(r.ms), r)));
    timings.sort((a, b) => a - b);
    const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))].toFixed(1);
    rows.push(`| ${name} | \`${query || '(none)'}\` | ${total} | ${at(0.5)} | ${at(0.95)} |`);
    console.error(`[bench] ${name}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`);
  }
  const explained: string[] = [];
  for (const [name, filter] of Object.entries(EXPLAINED)) {
    const { sql, params } = stalledQuery({ limit: 50, offset: 0, ...filter }, new Date());
    const plan = (await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']);
    explained.push(`-- ${name}\n${sql.trim()}\n\n${plan.join('\n')}\n`);
  }
  const version = (await db.query('SHOW server_version')).rows[0].server_version;
  mkdirSync('docs/benchmarks', { recursive: true });
  writeFileSync('docs/benchmarks/stalled-explain.txt', explained.join('\n'));
  writeSection('docs/benchmarks.md', 'stalled', report(rows, counts, version));
  console.error('[bench] wrote docs/benchmarks.md and docs/benchmarks/stalled-explain.txt');
} finally {
  await stopProcess(api);
  await db.end();
  await stack.stop();
}

function report(rows: string[], counts: Record<string, string>, postgres: string): string {
  return `## GET /api/admin/stalled (\`npm run bench:stalled\`)

Seeded: ${counts.p} proposals, ${counts.t} tasks (${counts.open_tasks} of them open), ${counts.waits} open department
waits; the API over HTTP on this machine (${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version},
embedded PostgreSQL ${postgres}), ${CALLS} calls per row after 20 to warm up, one at a time. Target: p95 under 50 ms.
Times are of the whole request: token check, query, JSON. Measured ${new Date().toISOString().slice(0, 10)}.

| query | parameters | matching items | p50 ms | p95 ms |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

The plans (\`EXPLAIN (ANALYZE, BUFFERS)\`) are in [benchmarks/stalled-explain.txt](benchmarks/stalled-explain.txt).
No sequential scan of tasks: open tasks come from an index on their status (\`IDX_tasks_inbox\`; the partial
\`IDX_tasks_stalls\` takes over where few open tasks are stalled; a filter by assignee is an index scan of the same inbox index),
open department waits from the partial \`IDX_department_waits_waiting\`. Without a filter on the
proposal, PostgreSQL reads the 20,000 proposals once for a hash join (about 3 ms) rather than probe them one by
one; a department filter uses \`IDX_proposals_department_status\`. The total (\`count(*) OVER ()\`) makes each
call visit every stalled item, which is what bounds the time; the page itself is a top-N sort.
`;
}
