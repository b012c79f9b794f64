// Native ESM jest (NestJS 12 is ESM-only): run through `node --experimental-vm-modules`.
import { readFileSync } from 'node:fs';

const swc = JSON.parse(readFileSync(new URL('./.swcrc', import.meta.url), 'utf8'));
const { imports } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// package.json's "imports" (#domain, …), the TypeScript sources, as tsc reads them.
const aliases = Object.fromEntries(Object.entries(imports).map(([alias, source]) => [`^${alias}$`, `<rootDir>/${source}`]));

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false, $schema: undefined }] },
  moduleNameMapper: { ...aliases, '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: [
    '<rootDir>/{apps,libs,activities,workflows}/**/*.spec.ts',
    '<rootDir>/test/**/*.spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
  ],
  setupFiles: ['<rootDir>/test/support/register-policies.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 120_000,
};
