export * from './load-policies.js';
export * from './policy.schema.js';
