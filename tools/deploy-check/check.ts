// The chart's checks, in order: `helm lint --strict`, `helm template`, then kubeconform -strict on what the
// template rendered, against the schemas made offline; and the compose file's, through tools/compose-config.
// Each failure is reported with the tool's own words.
import { spawnSync } from 'node:child_process';
import { composeConfigBinary, goBinary } from './go-tools.js';
import { schemaFolder } from './schemas.js';

export interface DeployCheckResult {
  ok: boolean;
  /** One entry per failed step: the step, then what the tool printed. */
  problems: string[];
  /** What `helm template` rendered (empty when it failed). */
  manifests: string;
}

export interface DeployTools {
  helm: string;
  kubeconform: string;
  schemas: string;
  composeConfig: string;
}

/** The pinned tools and the schemas, built or made on the first run and reused after. */
export function deployTools(log: (message: string) => void = () => {}): DeployTools {
  return {
    helm: goBinary('helm', log),
    kubeconform: goBinary('kubeconform', log),
    schemas: schemaFolder(log),
    composeConfig: composeConfigBinary(log),
  };
}

function run(command: string, args: string[], input?: string, env?: NodeJS.ProcessEnv) {
  const result = spawnSync(command, args, { input, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  return { ok: result.status === 0, output: output.trim(), stdout: result.stdout ?? '' };
}

/** Checks the chart in `chartDir`, with extra `helm` value files (`-f`) when given. */
export function checkChart(chartDir: string, tools: DeployTools, valueFiles: string[] = []): DeployCheckResult {
  const values = valueFiles.flatMap((file) => ['-f', file]);
  const problems: string[] = [];
  const lint = run(tools.helm, ['lint', '--strict', chartDir, ...values]);
  if (!lint.ok) problems.push(`helm lint --strict:\n${lint.output}`);
  const template = run(tools.helm, ['template', 'bareun', chartDir, '--namespace', 'bareun', ...values]);
  if (!template.ok) {
    problems.push(`helm template:\n${template.output}`);
    return { ok: false, problems, manifests: '' };
  }
  const location = `${tools.schemas}/{{ .ResourceKind }}{{ .KindSuffix }}.json`;
  // -strict also refuses duplicated keys; a kind without a schema is an error, not skipped.
  const validate = run(tools.kubeconform, ['-strict', '-summary', '-schema-location', location, '-'], template.stdout);
  if (!validate.ok) problems.push(`kubeconform -strict:\n${validate.output}`);
  return { ok: problems.length === 0, problems, manifests: template.stdout };
}

/** Stand-ins for the variables docker-compose.yml refuses to start without (`${NAME:?…}`). */
const COMPOSE_REQUIRED = { AUDIT_HMAC_KEY: 'placeholder', AUDIT_DIGEST_SIGNING_KEY: 'placeholder' };

/**
 * Loads `file` as `docker compose config` would, with only `variables` set (no other variable of this shell
 * leaks in, so each default of the file is what is checked); `project` is the resolved file when it loads.
 */
export function checkCompose(file: string, tools: DeployTools, variables: Record<string, string> = COMPOSE_REQUIRED) {
  const loaded = run(tools.composeConfig, [file], undefined, { PATH: process.env.PATH, ...variables });
  const problems = loaded.ok ? [] : [`compose config ${file}:\n${loaded.output}`];
  return { ok: loaded.ok, problems, project: loaded.ok ? (JSON.parse(loaded.stdout) as unknown) : undefined };
}
