// The tests' PostgreSQL and Temporal, started once per jest run by test/support/global-setup.ts in this
// separate process (so the Temporal native bridge stays out of jest). Prints one JSON line when ready
// and stops everything on SIGTERM.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, onStopSignal, startStack } from '../libs/dev-stack/src/index.js';

const dataDir = mkdtempSync(join(tmpdir(), 'bareun-test-'));
chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as another user who must reach its folder
const stack = await startStack({
  dataDir,
  persistent: false,
  postgresPort: await freePort(),
  temporalPort: await freePort(),
  log: (message) => console.error(`[test-stack] ${message}`),
});
console.log(JSON.stringify({ databaseUrl: stack.databaseUrl, temporalAddress: stack.temporalAddress }));

const stop = async () => {
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
};
onStopSignal(() => void stop());
