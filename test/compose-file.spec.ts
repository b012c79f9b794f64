// docker-compose.yml without a container engine: loaded by tools/compose-config as `docker compose config`
// loads it (compose-go: the compose-spec schema, interpolation, anchors and merges, consistency), it runs the
// Temporal the tests run, takes its secrets from the environment only, and runs the image's npm commands.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { resolveBinary, TEMPORAL_CLI } from '#dev-stack';
import { checkCompose, deployTools, type DeployTools } from '../tools/deploy-check/check.js';

interface Service {
  image?: string;
  build?: { context: string };
  command?: string[];
  environment?: Record<string, string | null>;
  ports?: { host_ip?: string; published?: string; target: number }[];
}
const FILE = 'docker-compose.yml';
const SECRETS = ['AUTH_JWT_SECRET', 'AUDIT_HMAC_KEY', 'AUDIT_DIGEST_SIGNING_KEY', 'TEMPORAL_CODEC_KEYS', 'METRICS_TOKEN'];
let tools: DeployTools;
let services: Record<string, Service>;
const folder = mkdtempSync(join(tmpdir(), 'bareun-compose-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

beforeAll(() => {
  tools = deployTools();
  const loaded = checkCompose(FILE, tools);
  expect(loaded.problems).toEqual([]);
  services = (loaded.project as { services: Record<string, Service> }).services;
}, 20 * 60_000);

test('the Temporal server and admin tools are the version of the server the tests run', () => {
  const cli = resolveBinary(TEMPORAL_CLI);
  if (!cli) throw new Error('no Temporal CLI here: run `npm run install:temporal` first');
  // e.g. "temporal version 1.9.1 (Server 1.32.0, UI 2.54.1)"
  const tested = /Server ([\d.]+)/.exec(execFileSync(cli, ['--version'], { encoding: 'utf8' }))?.[1];
  expect(services.temporal.image).toBe(`temporalio/server:${tested}`);
  for (const name of ['temporal-admin-tools', 'temporal-create-namespace']) {
    expect(services[name].image).toBe(`temporalio/admin-tools:${tested}`);
  }
});

test('it does not load without the audit keys, and names each', () => {
  const { problems } = checkCompose(FILE, tools, {});
  expect(problems.join('\n')).toMatch(/required variable AUDIT_(HMAC|DIGEST_SIGNING)_KEY is missing/);
});

test('secrets come from the environment only', () => {
  const raw = parse(readFileSync(FILE, 'utf8'), { merge: true }) as { services: Record<string, Service> };
  for (const [name, service] of Object.entries(raw.services)) {
    for (const secret of SECRETS.filter((variable) => variable in (service.environment ?? {}))) {
      // `${NAME:?message}` refuses to start without it; `${NAME:-}` leaves it empty for the app to refuse.
      const pattern = new RegExp(`^\\$\\{${secret}:(\\?.+|-)\\}$`);
      expect([name, service.environment![secret]]).toEqual([name, expect.stringMatching(pattern)]);
    }
  }
});

test('api, worker and migrate run the one image with the commands of npm run api, worker and migrate', () => {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  for (const name of ['api', 'worker', 'migrate']) {
    expect(services[name]).toMatchObject({ image: 'bareun:local', build: { context: process.cwd() } });
    expect(services[name].command!.join(' ')).toBe(scripts[name]);
  }
  expect(services.temporal.ports).toEqual([expect.objectContaining({ host_ip: '127.0.0.1', target: 7233 })]);
});

test('a dependency on a service the file does not have fails the load', () => {
  const broken = join(folder, 'docker-compose.yml');
  writeFileSync(broken, readFileSync(FILE, 'utf8').replace(/^ {2}postgresql:$/m, '  postgres:'));
  const { problems } = checkCompose(broken, tools);
  expect(problems.join('\n')).toMatch(/depends on undefined service "postgresql"/);
});
