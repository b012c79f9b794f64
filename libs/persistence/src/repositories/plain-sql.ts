// Plain SQL for the paths every proposal takes (the directory lookup, the proposal's view, the task's rules,
// a task's change). TypeORM's find() and update() build and escape their SQL anew on every call, which cost
// more CPU than the query itself. Rows and values convert exactly as TypeORM converts them, from the
// entities' own metadata (see typeorm-internals.ts).
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { dataSourceOf, type Db, entityOf, isPool, persistentValueOf, preparedQuery } from '../typeorm-internals.js';

type Row = Record<string, unknown>;

/**
 * A query's rows. Outside a transaction (on the DataSource) it runs as a named prepared statement, which
 * PostgreSQL parses and plans once per connection rather than at every call; in one (an EntityManager of
 * a transaction), on the transaction's connection as any query does. Name the columns it reads (never `*`):
 * a prepared statement whose result changes shape, as a migration adding a column would make `*` do, fails
 * once on every connection.
 */
export async function selectRows<R = Row>(db: Db, name: string, text: string, values: unknown[]): Promise<R[]> {
  if (!isPool(db)) return db.query(text, values);
  return preparedQuery<R>(db, name, text, values);
}

/** The entity's columns, for a SELECT list: `"id", "proposal_id", …`, each prefixed with `alias.` if given. */
export function columnsOf(db: Db, target: EntityTarget<ObjectLiteral>, alias?: string): string {
  const prefix = alias ? `${alias}.` : '';
  return dataSourceOf(db)
    .getMetadata(target)
    .columns.map((column) => `${prefix}"${column.databaseName}"`)
    .join(', ');
}

/** The row with this primary key (a single-column one), or null. */
export async function findById<T extends ObjectLiteral>(db: Db, target: EntityTarget<T>, id: string): Promise<T | null> {
  const metadata = dataSourceOf(db).getMetadata(target);
  const key = metadata.primaryColumns[0].databaseName;
  const rows = await selectRows(
    db,
    `find-${metadata.tablePath}`,
    `SELECT ${columnsOf(db, target)} FROM "${metadata.tablePath}" WHERE "${key}" = $1`,
    [id],
  );
  return rows.length > 0 ? entityOf(db, target, rows[0]) : null;
}

/**
 * The SET list of an UPDATE for these properties, and the update date column as update() sets it: a property
 * left undefined is left as it is. Its values are numbered from `$first`.
 */
export function setClauses<T extends ObjectLiteral>(db: Db, target: EntityTarget<T>, patch: Partial<T>, first: number) {
  const metadata = dataSourceOf(db).getMetadata(target);
  const columns = Object.keys(patch)
    .filter((property) => patch[property] !== undefined)
    .map((property) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${metadata.name} has no column for ${property}`);
      return column;
    });
  const set = columns.map((column, i) => `"${column.databaseName}" = $${i + first}`);
  if (metadata.updateDateColumn) set.push(`"${metadata.updateDateColumn.databaseName}" = now()`);
  const values = columns.map((column) => persistentValueOf(db, column, patch[column.propertyName]));
  return { metadata, set: set.join(', '), values, key: metadata.primaryColumns[0].databaseName };
}

/** Sets these properties of the row with this primary key (see setClauses). */
export async function updateById<T extends ObjectLiteral>(
  db: Db,
  target: EntityTarget<T>,
  id: string,
  patch: Partial<T>,
): Promise<void> {
  const { metadata, set, values, key } = setClauses(db, target, patch, 2);
  await db.query(`UPDATE "${metadata.tablePath}" SET ${set} WHERE "${key}" = $1`, [id, ...values]);
}

/**
 * Sets these properties of the row with this primary key in one statement, only where `condition` holds of
 * the row as it is then (SQL over the table's columns, its values numbered from `$2`): a read-modify-write
 * with no window between the check and the write. The row as written, or null when the condition held of none.
 */
export async function updateWhere<T extends ObjectLiteral>(
  db: Db,
  target: EntityTarget<T>,
  id: string,
  patch: Partial<T>,
  condition: { sql: string; values: unknown[] },
): Promise<T | null> {
  const { metadata, set, values, key } = setClauses(db, target, patch, 2 + condition.values.length);
  const [rows]: [Row[]] = await db.query(
    `UPDATE "${metadata.tablePath}" SET ${set} WHERE "${key}" = $1 AND (${condition.sql}) RETURNING ${columnsOf(db, target)}`,
    [id, ...condition.values, ...values],
  );
  return rows.length > 0 ? entityOf(db, target, rows[0]) : null;
}
