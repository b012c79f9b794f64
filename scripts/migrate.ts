// `npm run migrate`: applies pending migrations to DATABASE_URL (the production shape's one-off step).
import { ConfigError, databaseConfigSchema, loadConfig } from '#config';
import { runMigrations } from '#persistence';

try {
  const { DATABASE_URL } = loadConfig(databaseConfigSchema);
  const ran = await runMigrations(DATABASE_URL);
  console.log(ran.length > 0 ? `applied ${ran.join(', ')}` : 'no pending migrations');
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
