import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { runMigrations, seedDemo } from '#persistence';

/**
 * A database of the test stack's server for one test file alone, migrated and seeded, for a file that counts
 * what a list holds: in the shared database, other files' proposals would count too.
 */
export async function ownDatabase(prefix: string): Promise<string> {
  const shared = new URL(process.env.TEST_DATABASE_URL!);
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: shared.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(shared);
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  await seedDemo(url.toString());
  return url.toString();
}
