// `npm run install:temporal`: resolves (and if need be installs into .tools/) the Temporal CLI and the
// time-skipping test server, printing where each was found. Starting the stack does the same on demand.
import { resolveBinary, TEMPORAL_CLI, TEMPORAL_TEST_SERVER } from './dev-stack/index.js';

for (const binary of [TEMPORAL_CLI, TEMPORAL_TEST_SERVER]) {
  const path = resolveBinary(binary, (message) => console.log(message));
  console.log(`${binary.command}: ${path ?? 'not found here; the Temporal SDK will download it on first use'}`);
}
