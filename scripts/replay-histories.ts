// `node dist/scripts/replay-histories.js [files…]`: replays recorded workflow histories (the CLI's JSON,
// default: every file in test/histories/) against the built workflow bundle. A determinism error fails it.
// A process of its own: protobufjs's JSON decoding breaks inside jest's module sandbox.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';

const DEFAULT_DIR = 'test/histories';
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(DEFAULT_DIR)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(DEFAULT_DIR, f));
Runtime.install({ logger: new DefaultLogger('WARN') });

const workflowBundle = { codePath: fileURLToPath(new URL('../workflow-bundle.js', import.meta.url)) };
let failed = 0;
for (const file of files) {
  try {
    await Worker.runReplayHistory({ workflowBundle }, JSON.parse(readFileSync(file, 'utf8')), file);
    console.log(`replayed ${file}`);
  } catch (error) {
    failed += 1;
    console.error(`FAILED ${file}: ${(error as Error).message}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
