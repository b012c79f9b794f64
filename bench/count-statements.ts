// Preloaded by `npm run bench` into the API and the worker it spawns (`node --import`), never by the product:
// counts the SQL statements the process sends to PostgreSQL, one per pg Client.query (every TypeORM query,
// BEGIN and COMMIT, and prepared statement goes through it), and on SIGWINCH writes the count so far to
// BENCH_STATEMENTS_FILE. SIGWINCH because its default is to ignore it and nothing in these processes listens
// for it: Nest's shutdown hooks and Temporal's runtime take SIGUSR2 and SIGHUP, Node's inspector SIGUSR1.
import { writeFileSync } from 'node:fs';
import pg from 'pg';

const file = process.env.BENCH_STATEMENTS_FILE;
if (file) {
  let statements = 0;
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
    statements += 1;
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
  process.on('SIGWINCH', () => writeFileSync(file, String(statements)));
}
