export * from './audit-log.js';
export * from './database.js';
export * from './demo-data.js';
export * from './migrate.js';
export * from './entities/index.js';
export * from './persistence.module.js';
export * from './task-rows.js';
export * from './user-directory.js';
