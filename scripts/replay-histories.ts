// `node dist/scripts/replay-histories.js [files…]`: replays recorded workflow histories (the CLI's JSON,
// default: every file in test/histories/) against the built workflow bundle. A determinism error fails it.
// A process of its own: protobufjs's JSON decoding breaks inside jest's module sandbox. Histories of a cluster
// are sealed: TEMPORAL_CODEC_KEYS opens them (the fixtures, recorded opened, need none).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { ConfigError, loadConfig, temporalSchema } from '#config';
import { dataConverterOf } from '#temporal';

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
const codecKeys = process.env.TEMPORAL_CODEC_KEYS;
const dataConverter = codecKeys ? dataConverterOf(codecKeysOf(codecKeys)) : undefined;
for await (const { workflowId, error } of Worker.runReplayHistories({ workflowBundle, dataConverter }, histories)) {
  if (error) {
    failed += 1;
    console.error(`FAILED ${workflowId}: ${error.message}`);
  } else {
    console.log(`replayed ${workflowId}`);
  }
}
process.exit(failed > 0 ? 1 : 0);

function codecKeysOf(list: string) {
  try {
    return loadConfig(temporalSchema.pick({ TEMPORAL_CODEC_KEYS: true }), { TEMPORAL_CODEC_KEYS: list });
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(2);
  }
}
