export * from './lifecycle.gateway.js';
export * from './refusals.js';
export * from './search-attributes.js';
export * from './temporal-client.js';
export * from './temporal.module.js';
