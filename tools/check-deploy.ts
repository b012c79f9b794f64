// `npm run check:deploy`: the Helm chart in deploy/helm/bareun passes `helm lint --strict`, renders with
// `helm template`, and what it renders is valid Kubernetes (and KEDA) by kubeconform -strict; docker-compose.yml
// loads as `docker compose config` would load it. helm, kubeconform and tools/compose-config are built from
// their Go modules into .tools/deploy/ on the first run (docs/deployment.md). Exit 1, with each tool's output,
// when any step fails. Arguments: another chart folder, then its value files.
import { checkChart, checkCompose, deployTools } from './deploy-check/check.js';

const [chartDir = 'deploy/helm/bareun', ...valueFiles] = process.argv.slice(2);
const started = Date.now();
const tools = deployTools(console.log);
const problems = [...checkChart(chartDir, tools, valueFiles).problems, ...checkCompose('docker-compose.yml', tools).problems];
for (const problem of problems) console.error(problem);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`check:deploy ${problems.length === 0 ? 'passed' : 'FAILED'}: ${chartDir}, docker-compose.yml (${seconds} s)`);
process.exit(problems.length === 0 ? 0 : 1);
