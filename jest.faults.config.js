// The fault-injection suite (`npm run test:faults`): the default config's setup, only test/faults/, and the
// time a run with crashes and a 20 s outage needs. Not part of `npm test`, which stays fast.
import base from './jest.config.js';

export default {
  ...base,
  testMatch: ['<rootDir>/test/faults/**/*.faults-spec.ts'],
  testTimeout: 420_000,
};
