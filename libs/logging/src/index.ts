export * from './json-log.js';
