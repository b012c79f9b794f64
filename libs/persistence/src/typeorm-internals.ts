// Everything that reaches past TypeORM's public API, written for typeorm 1.1.1 (the version package.json
// pins; test/persistence.e2e-spec.ts fails on any other until this file is checked against it): the
// PostgreSQL driver's pool, and the drivers' and columns' own conversions of values, so that plain SQL
// reads and writes rows exactly as TypeORM's find() and update() do.
import type { DataSource, EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

export const TYPEORM_VERSION = '1.1.1';

/** The pool (a DataSource), or one transaction's connection (its EntityManager). */
export type Db = DataSource | EntityManager;
type Row = Record<string, unknown>;
type ColumnMetadata = EntityMetadata['columns'][number];

export const isPool = (db: Db): db is DataSource => 'driver' in db;
export const dataSourceOf = (db: Db): DataSource => (isPool(db) ? db : db.connection);

/** A named prepared statement on the pool's pg Pool: PostgreSQL parses and plans it once per connection. */
export async function preparedQuery<R>(db: DataSource, name: string, text: string, values: unknown[]): Promise<R[]> {
  const pool = (db.driver as PostgresDriver).master as { query(q: object): Promise<{ rows: R[] }> };
  return (await pool.query({ name, text, values })).rows;
}

/** The entity of a row as PostgreSQL names its columns: a row of columnsOf(), or the `to_jsonb` of one. */
export function entityOf<T extends ObjectLiteral>(db: Db, target: EntityTarget<T>, row: Row): T {
  const { driver } = dataSourceOf(db);
  const metadata = dataSourceOf(db).getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    // Converts as TypeORM does: a timestamp (a string in JSON) becomes a Date, a transformer runs.
    column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
  }
  return entity;
}

/** A property's value as TypeORM would send it to the column. */
export const persistentValueOf = (db: Db, column: ColumnMetadata, value: unknown): unknown =>
  dataSourceOf(db).driver.preparePersistentValue(value, column);
