// The Helm chart through the same check as `npm run check:deploy` (helm lint --strict, helm template,
// kubeconform -strict), then what it renders, read as a cluster would; and broken copies of it, which the check
// must refuse. The first run on a machine builds helm and kubeconform (minutes); later ones take seconds.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { checkChart, deployTools, type DeployTools } from '../tools/deploy-check/check.js';

const CHART = 'deploy/helm/bareun';
const SECRETS = 'DATABASE_URL DATABASE_MIGRATION_URL AUDIT_HMAC_KEY AUDIT_DIGEST_SIGNING_KEY TEMPORAL_CODEC_KEYS'
  .concat(' AUTH_JWT_SECRET METRICS_TOKEN SMTP_URL')
  .split(' ');

// Rendered manifests, read field by field.
type Manifest = Record<string, any>;
let tools: DeployTools;
let manifests: Manifest[];
const copies: string[] = [];

beforeAll(() => {
  tools = deployTools();
  const result = checkChart(CHART, tools);
  expect(result.problems).toEqual([]);
  manifests = parseAllDocuments(result.manifests)
    .map((document) => document.toJS() as Manifest)
    .filter(Boolean);
}, 20 * 60_000);
afterAll(() => copies.forEach((copy) => rmSync(copy, { recursive: true, force: true })));

const named = (kind: string, suffix: string): Manifest =>
  manifests.find((manifest) => manifest.kind === kind && manifest.metadata.name.endsWith(suffix))!;
const podSpecs = (): Manifest[] =>
  manifests.filter((m) => m.kind === 'Deployment' || m.kind === 'Job').map((m) => m.spec.template.spec);

/** A copy of the chart with `edit` applied to its values.yaml, checked like the original. */
function checkEditedCopy(edit: (values: string) => string): string[] {
  const copy = mkdtempSync(join(tmpdir(), 'bareun-chart-'));
  copies.push(copy);
  cpSync(CHART, copy, { recursive: true });
  const valuesFile = join(copy, 'values.yaml');
  const values = readFileSync(valuesFile, 'utf8');
  const edited = edit(values);
  expect(edited).not.toBe(values);
  writeFileSync(valuesFile, edited);
  return checkChart(copy, tools).problems;
}

test('every pod runs as non-root on a read-only root, with resources, and takes secrets only by reference', () => {
  expect(podSpecs()).toHaveLength(3);
  for (const pod of podSpecs()) {
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(pod.automountServiceAccountToken).toBe(false);
    for (const container of pod.containers) {
      expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
      expect(Object.keys(container.resources).sort()).toEqual(['limits', 'requests']);
      for (const variable of container.env.filter((env: Manifest) => SECRETS.includes(env.name))) {
        expect(variable).not.toHaveProperty('value');
        expect(variable.valueFrom.secretKeyRef).toMatchObject({ name: 'bareun-secrets', key: variable.name });
      }
    }
  }
  expect(manifests.filter((manifest) => manifest.kind === 'Secret')).toEqual([]);
});

test('the containers run the commands of npm run api, worker and migrate; migrations before each release', () => {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  const command = (kind: string, suffix: string) => named(kind, suffix).spec.template.spec.containers[0].command;
  expect(command('Deployment', '-api').join(' ')).toBe(scripts.api);
  expect(command('Deployment', '-worker').join(' ')).toBe(scripts.worker);
  expect(command('Job', '-migrations').join(' ')).toBe(scripts.migrate);
  expect(named('Job', '-migrations').metadata.annotations['helm.sh/hook']).toBe('pre-install,pre-upgrade');
  const api = named('Deployment', '-api').spec.template.spec.containers[0];
  // Ready when /health is 200; alive while it listens, so an outage of PostgreSQL or Temporal restarts nothing.
  expect(api.readinessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
  for (const probe of ['startupProbe', 'livenessProbe']) expect(api[probe].tcpSocket).toEqual({ port: 'http' });
});

test("Temporal's port admits only the API's and the worker's pods; both have disruption budgets and spread", () => {
  const policy = named('NetworkPolicy', '-temporal');
  const [frontend] = policy.spec.ingress;
  expect(frontend.ports).toEqual([{ protocol: 'TCP', port: 7233 }]);
  const components = frontend.from.map((peer: Manifest) => peer.podSelector.matchLabels['app.kubernetes.io/component']);
  expect(components).toEqual(['api', 'worker']);
  for (const suffix of ['-api', '-worker']) {
    expect(named('PodDisruptionBudget', suffix).spec.minAvailable).toBe(1);
    // spread over nodes, so the budget's one pod is not on the node being drained with the others
    const [spread] = named('Deployment', suffix).spec.template.spec.topologySpreadConstraints;
    expect(spread.topologyKey).toBe('kubernetes.io/hostname');
  }
});

test('KEDA scales the worker on the schedule-to-start latency of its workflow and activity tasks', () => {
  const scaler = named('ScaledObject', '-worker');
  expect(scaler.spec.scaleTargetRef.name).toBe(named('Deployment', '-worker').metadata.name);
  const queries = scaler.spec.triggers.map((trigger: Manifest) => trigger.metadata.query);
  expect(queries.join('\n')).toMatch(/temporal_workflow_task_schedule_to_start_latency_bucket\{namespace="default"/);
  expect(queries.join('\n')).toMatch(/temporal_activity_schedule_to_start_latency_bucket/);
  // KEDA owns the replica count: a count in the Deployment would be reset by every upgrade.
  expect(named('Deployment', '-worker').spec).not.toHaveProperty('replicas');
});

test('with autoscaling off the worker keeps its own replica count, and no ScaledObject is made', () => {
  const copy = mkdtempSync(join(tmpdir(), 'bareun-values-'));
  copies.push(copy);
  writeFileSync(join(copy, 'values.yaml'), 'worker:\n  replicas: 3\n  autoscaling:\n    enabled: false\n');
  const result = checkChart(CHART, tools, [join(copy, 'values.yaml')]);
  expect(result.problems).toEqual([]);
  const rendered = parseAllDocuments(result.manifests).map((document) => document.toJS() as Manifest);
  const worker = rendered.find((m) => m?.kind === 'Deployment' && m.metadata.name.endsWith('-worker'))!;
  expect(worker.spec.replicas).toBe(3);
  expect(rendered.filter((m) => m?.kind === 'ScaledObject')).toEqual([]);
});

test('a value of the wrong type fails the check', () => {
  const problems = checkEditedCopy((values) => values.replace('replicas: 2', 'replicas: two'));
  expect(problems.join('\n')).toMatch(/kubeconform[\s\S]*replicas/);
});

test('a misspelt field fails the check: the schemas are strict', () => {
  const problems = checkEditedCopy((values) => values.replace('runAsNonRoot: true', 'runAsNonroot: true'));
  expect(problems.join('\n')).toMatch(/kubeconform[\s\S]*runAsNonroot/);
});

test('a chart without the name of its Secret does not render', () => {
  const problems = checkEditedCopy((values) => values.replace('name: bareun-secrets', "name: ''"));
  expect(problems.join('\n')).toMatch(/secret\.name is required/);
});
