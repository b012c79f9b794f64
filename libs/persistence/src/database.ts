// The one description of the database connection, for the apps, the tests and the TypeORM CLI.
// Schema changes go through migrations only: synchronize stays off everywhere.
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

/** `poolSize`: the connections opened at most (pg's default, 10, when not given). */
export function dataSourceOptions(url: string, poolSize?: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    ...(poolSize ? { poolSize } : {}),
  };
}

export function createDataSource(url: string): DataSource {
  return new DataSource(dataSourceOptions(url));
}
