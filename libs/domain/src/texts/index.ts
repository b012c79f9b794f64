// What Bareun says to people, in Korean and English: safe for the browser (no SDK, no Node).
export * from './catalogue.js';
export * from './problems.js';
export * from './render.js';
export * from './template.js';
export * from './terms.js';
export * from './steps.js';
