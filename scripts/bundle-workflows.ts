// Bundles workflows/ once at build time, so a worker starts without webpack. A bundler warning (a Node
// built-in pulled into workflow code, say) fails the build: such code would not be deterministic.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode } from '@temporalio/worker';

const warnings: string[] = [];
const { code } = await bundleWorkflowCode({
  workflowsPath: fileURLToPath(new URL('../workflows/index.js', import.meta.url)),
  logger: {
    log: () => {},
    trace: () => {},
    debug: () => {},
    info: () => {},
    warn: (message) => warnings.push(message),
    error: (message) => warnings.push(message),
  },
});
if (warnings.length > 0) {
  console.error(`workflow bundle refused:\n${warnings.join('\n')}`);
  process.exit(1);
}
const target = fileURLToPath(new URL('../workflow-bundle.js', import.meta.url));
await writeFile(target, code);
console.log(`workflow bundle written to ${target} (${Math.round(code.length / 1024)} KiB)`);
