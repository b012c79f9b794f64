export * from './config.js';
export * from './temporal-config.js';
