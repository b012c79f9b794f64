export * from './search-attributes.js';
export * from './temporal.module.js';
