// `npm run check:deploy`: the Helm chart in deploy/helm/bareun passes `helm lint --strict`, renders with
// `helm template`, and what it renders is valid Kubernetes (and KEDA) by kubeconform -strict. helm and
// kubeconform are built from their Go modules into .tools/deploy/ on the first run (docs/deployment.md).
// Exit 1, with each tool's output, when any step fails. Arguments: another chart folder, then value files.
import { checkChart, deployTools } from './deploy-check/check.js';

const [chartDir = 'deploy/helm/bareun', ...valueFiles] = process.argv.slice(2);
const started = Date.now();
const result = checkChart(chartDir, deployTools(console.log), valueFiles);
for (const problem of result.problems) console.error(problem);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`check:deploy ${result.ok ? 'passed' : 'FAILED'}: ${chartDir} (${seconds} s)`);
process.exit(result.ok ? 0 : 1);
