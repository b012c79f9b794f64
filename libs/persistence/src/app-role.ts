// Least privilege (docs/security.md): migrations run as the database's owner; the API and the worker connect
// as a role that may change the records they keep, but may only INSERT and SELECT the audit log (its entries,
// their HMACs, where keying began, the signed digests): no UPDATE, DELETE or TRUNCATE, and, not being a
// superuser, no session_replication_role to switch the append-only triggers off.
import pg from 'pg';

/** Tables whose rows the application appends and reads, never changes. */
const APPEND_ONLY = ['audit_entries', 'audit_entry_macs', 'audit_digests'];
/** Tables the application only reads. */
const READ_ONLY = ['audit_keying', 'migrations'];

/**
 * Creates or updates the role `appUrl` names (its user and password) on the database `ownerUrl` reaches, and
 * grants it what the application needs and no more; run after every migration, so new tables are covered.
 * Nothing to do when both URLs name the same user.
 */
export async function ensureAppRole(ownerUrl: string, appUrl: string): Promise<void> {
  const app = new URL(appUrl);
  const role = decodeURIComponent(app.username);
  if (!role || role === decodeURIComponent(new URL(ownerUrl).username)) return;
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const exists = (await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount;
    const [{ sql }] = (
      await client.query(
        `SELECT format('${exists ? 'ALTER' : 'CREATE'} ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION
                        NOBYPASSRLS PASSWORD %L', $1::text, $2::text) AS sql`,
        [role, decodeURIComponent(app.password)],
      )
    ).rows;
    await client.query(sql);
    const grants = (await client.query(grantStatements(), [role])).rows as { sql: string }[];
    await client.query('BEGIN');
    for (const { sql: grant } of grants) await client.query(grant);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}

/** The grants, as statements made with format() so the role's name is quoted as an identifier. */
function grantStatements(): string {
  const tables = (names: string[]) => names.map((n) => `'${n}'`).join(', ');
  return `
    SELECT format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), $1::text) AS sql
    UNION ALL SELECT format('GRANT USAGE ON SCHEMA public TO %I', $1::text)
    UNION ALL SELECT format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', $1::text)
    UNION ALL SELECT format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO %I', $1::text)
    UNION ALL SELECT format('REVOKE ALL ON %I FROM %I', tablename, $1::text) ||
                     CASE WHEN tablename IN (${tables(APPEND_ONLY)}) THEN format('; GRANT SELECT, INSERT ON %I TO %I', tablename, $1::text)
                          WHEN tablename IN (${tables(READ_ONLY)}) THEN format('; GRANT SELECT ON %I TO %I', tablename, $1::text)
                          ELSE format('; GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', tablename, $1::text) END
      FROM pg_tables WHERE schemaname = 'public'`;
}
