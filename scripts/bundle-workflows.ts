// Bundles workflows/ once at build time, so a worker starts without webpack. A bundler warning (a Node
// built-in pulled into workflow code, say) fails the build: such code would not be deterministic. With it go the
// payload converter and the interceptor that refuse unsealed messages (libs/temporal/src/workflow-bundle.ts).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundleOptions } from '#temporal';

const warnings: string[] = [];
const { code } = await bundleWorkflowCode({
  ...workflowBundleOptions(),
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
