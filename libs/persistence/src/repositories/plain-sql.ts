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
 * Sets these properties of the row with this primary key, and its update date column, as update() does:
 * a property left undefined is left as it is.
 */
export async function updateById<T extends ObjectLiteral>(
  db: Db,
  target: EntityTarget<T>,
  id: string,
  patch: Partial<T>,
): Promise<void> {
  const metadata = dataSourceOf(db).getMetadata(target);
  const columns = Object.keys(patch)
    .filter((property) => patch[property] !== undefined)
    .map((property) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${metadata.name} has no column for ${property}`);
      return column;
    });
  const set = columns.map((column, i) => `"${column.databaseName}" = $${i + 2}`);
  if (metadata.updateDateColumn) set.push(`"${metadata.updateDateColumn.databaseName}" = now()`);
  const values = columns.map((column) => persistentValueOf(db, column, patch[column.propertyName]));
  const key = metadata.primaryColumns[0].databaseName;
  await db.query(`UPDATE "${metadata.tablePath}" SET ${set.join(', ')} WHERE "${key}" = $1`, [id, ...values]);
}
