// The tests' PostgreSQL and Temporal, started once per jest run by test/support/global-setup.ts in this
// separate process (so the Temporal native bridge stays out of jest). Prints one JSON line when ready
// and stops everything on SIGTERM.
import { onStopSignal, startThrowawayStack } from './dev-stack/index.js';

const stack = await startThrowawayStack('test', (message) => console.error(`[test-stack] ${message}`));
const { databaseUrl, appDatabaseUrl, temporalAddress } = stack;
console.log(JSON.stringify({ databaseUrl, appDatabaseUrl, temporalAddress }));

const stop = async () => {
  await stack.stop();
  process.exit(0);
};
onStopSignal(() => void stop());
