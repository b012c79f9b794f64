export * from './binaries.js';
export * from './embedded-postgres.js';
export * from './processes.js';
export * from './stack.js';
export * from './temporal-dev-server.js';
