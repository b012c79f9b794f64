// Plain SQL for the paths every proposal takes (the directory lookup, the proposal's view, the task's rules,
// a task's change). TypeORM's find() and update() build and escape their SQL anew on every call, which cost
// more CPU than the query itself. Rows and values convert exactly as TypeORM converts them, from the
// entities' own metadata.
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

type Row = Record<string, unknown>;
type Db = DataSource | EntityManager;
const sourceOf = (db: Db): DataSource => ('driver' in db ? db : db.connection);

/** The entity of a row as PostgreSQL names its columns: a `SELECT *` row, or the `to_jsonb` of one. */
export function entityOf<T extends ObjectLiteral>(db: Db, target: EntityTarget<T>, row: Row): T {
  const { driver } = sourceOf(db);
  const metadata = sourceOf(db).getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    // Converts as TypeORM does: a timestamp (a string in JSON) becomes a Date, a transformer runs.
    column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return entity;
}

/** The row with this primary key (a single-column one), or null. */
export async function findById<T extends ObjectLiteral>(db: Db, target: EntityTarget<T>, id: string): Promise<T | null> {
  const metadata = sourceOf(db).getMetadata(target);
  const key = metadata.primaryColumns[0].databaseName;
  const rows: Row[] = await db.query(`SELECT * FROM "${metadata.tablePath}" WHERE "${key}" = $1`, [id]);
  return rows.length > 0 ? entityOf(db, target, rows[0]) : null;
}

/** Sets these properties of the row with this primary key, and its update date column as update() does. */
export async function updateById<T extends ObjectLiteral>(
  db: Db,
  target: EntityTarget<T>,
  id: string,
  patch: Partial<T>,
): Promise<void> {
  const { driver } = sourceOf(db);
  const metadata = sourceOf(db).getMetadata(target);
  const columns = Object.keys(patch).map((property) => metadata.findColumnWithPropertyName(property)!);
  const set = columns.map((column, i) => `"${column.databaseName}" = $${i + 2}`);
  if (metadata.updateDateColumn) set.push(`"${metadata.updateDateColumn.databaseName}" = now()`);
  const values = columns.map((column) => driver.preparePersistentValue(patch[column.propertyName], column));
  const key = metadata.primaryColumns[0].databaseName;
  await db.query(`UPDATE "${metadata.tablePath}" SET ${set.join(', ')} WHERE "${key}" = $1`, [id, ...values]);
}
