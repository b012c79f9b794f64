// For the TypeORM CLI (`npm run migration:run`, `npm run migration:generate`), which wants a default export.
import { createDataSource } from './database.js';

/** @public the TypeORM CLI's data source (npm run migration:generate) */
export default createDataSource(process.env.DATABASE_URL ?? 'postgres://postgres@localhost:5432/bareun');
