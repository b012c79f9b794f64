export * from './json-log.js';
export * from './request-id.js';
