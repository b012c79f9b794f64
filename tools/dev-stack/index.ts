export * from './binaries.js';
export * from './embedded-postgres.js';
export * from './packaged-chromium.js';
export * from './processes.js';
export * from './stack.js';
export { newDigestSigningKey } from './folder-secret.js';
export * from './temporal-dev-server.js';
export * from './codec-keys.js';
export * from './app-env.js';
