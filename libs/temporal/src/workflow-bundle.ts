// What goes into the workflow bundle besides workflows/ (for scripts/bundle-workflows.ts and the worker's
// fallback): the payload converter that notes which payloads the codec opened, and the interceptor that refuses
// an Update or a start whose arguments it did not (workflows/sealed-messages.ts), and the one that hands an
// Update's trace to its activities (workflows/trace-context.ts). Paths of the built files.
import { fileURLToPath } from 'node:url';

const built = (path: string) => fileURLToPath(new URL(`../../../workflows/${path}`, import.meta.url));

export function workflowBundleOptions() {
  return {
    workflowsPath: built('index.js'),
    payloadConverterPath: built('sealed-payload-converter.js'),
    workflowInterceptorModules: [built('sealed-messages.js'), built('trace-context.js')],
  };
}
