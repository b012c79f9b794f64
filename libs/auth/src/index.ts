export * from './tokens.js';
export * from './verifier.js';
