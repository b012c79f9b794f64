// `npm run migrate`: applies pending migrations as the database's owner (DATABASE_MIGRATION_URL, else
// DATABASE_URL), then gives DATABASE_URL's role only what the API and the worker need (the production shape's
// one-off step; docs/security.md "Least privilege").
import { ConfigError, databaseConfigSchema, loadConfig } from '#config';
import { ensureAppRole, runMigrations } from '#persistence';

try {
  const { DATABASE_URL, DATABASE_MIGRATION_URL } = loadConfig(databaseConfigSchema);
  const owner = DATABASE_MIGRATION_URL ?? DATABASE_URL;
  const ran = await runMigrations(owner);
  console.log(ran.length > 0 ? `applied ${ran.join(', ')}` : 'no pending migrations');
  await ensureAppRole(owner, DATABASE_URL);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
