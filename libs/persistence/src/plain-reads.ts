// Reads in plain SQL for the paths every request takes (the directory lookup, the proposal's view, the task's
// rules). TypeORM's find() builds and escapes its SQL anew on every call, which costs the API more CPU than
// the query itself. The rows become entities exactly as TypeORM makes them, from the entities' metadata.
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

type Row = Record<string, unknown>;

/** The entity of a row as PostgreSQL names its columns: a `SELECT *` row, or the `to_jsonb` of one. */
export function entityOf<T extends ObjectLiteral>(db: DataSource, target: EntityTarget<T>, row: Row): T {
  const metadata = db.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    // Converts as TypeORM does: a timestamp (a string in JSON) becomes a Date, a transformer runs.
    column.setEntityValue(entity, db.driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return entity;
}

/** The row with this primary key (a single-column one), or null. */
export async function findById<T extends ObjectLiteral>(db: DataSource, target: EntityTarget<T>, id: string): Promise<T | null> {
  const metadata = db.getMetadata(target);
  const [key] = metadata.primaryColumns;
  const rows: Row[] = await db.query(`SELECT * FROM "${metadata.tablePath}" WHERE "${key.databaseName}" = $1`, [id]);
  return rows.length > 0 ? entityOf(db, target, rows[0]) : null;
}
