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
const histories = files.map((file) => ({ workflowId: file, history: JSON.parse(readFileSync(file, 'utf8')) }));
let failed = 0;
for await (const { workflowId, error } of Worker.runReplayHistories({ workflowBundle }, histories)) {
  if (error) {
    failed += 1;
    console.error(`FAILED ${workflowId}: ${error.message}`);
  } else {
    console.log(`replayed ${workflowId}`);
  }
}
process.exit(failed > 0 ? 1 : 0);
