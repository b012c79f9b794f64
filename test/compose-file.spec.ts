// docker-compose.yml read as compose would (anchors and `<<` merges), without a container engine: the
// Temporal it runs is the one the tests run, its secrets come only from the environment, and the Bareun
// services run the image's commands that package.json names.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { resolveBinary, TEMPORAL_CLI } from '#dev-stack';

interface Service {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string | number>;
  depends_on?: Record<string, unknown>;
  ports?: string[];
}
const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const { services } = compose;
const SECRETS = ['AUTH_JWT_SECRET', 'AUDIT_HMAC_KEY', 'AUDIT_DIGEST_SIGNING_KEY', 'TEMPORAL_CODEC_KEYS', 'METRICS_TOKEN'];

/** The default of `${NAME:-default}` in an image reference. */
const defaultTag = (image: string): string => /:\$\{\w+:-([^}]+)\}$/.exec(image)?.[1] ?? 'none';

test('the Temporal server and admin tools are the version of the server the tests run', () => {
  const cli = resolveBinary(TEMPORAL_CLI);
  if (!cli) throw new Error('no Temporal CLI here: run `npm run install:temporal` first');
  // e.g. "temporal version 1.9.1 (Server 1.32.0, UI 2.54.1)"
  const tested = /Server ([\d.]+)/.exec(execFileSync(cli, ['--version'], { encoding: 'utf8' }))?.[1];
  expect(defaultTag(services.temporal.image!)).toBe(tested);
  for (const name of ['temporal-admin-tools', 'temporal-create-namespace']) {
    expect(defaultTag(services[name].image!)).toBe(tested);
  }
});

test('secrets come from the environment only; the audit keys must be set', () => {
  for (const [name, service] of Object.entries(services)) {
    for (const secret of SECRETS.filter((variable) => variable in (service.environment ?? {}))) {
      // `${NAME:?message}` refuses to start without it; `${NAME:-}` leaves it empty for the app to refuse.
      expect([name, service.environment![secret]]).toEqual([name, expect.stringMatching(`^\\$\\{${secret}:(\\?.+|-)\\}$`)]);
    }
  }
  for (const key of ['AUDIT_HMAC_KEY', 'AUDIT_DIGEST_SIGNING_KEY']) {
    expect(services.api.environment![key]).toMatch(new RegExp(`^\\$\\{${key}:\\?`));
  }
});

test('api, worker and migrate run the one image with the commands of npm run api, worker and migrate', () => {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  for (const name of ['api', 'worker', 'migrate']) {
    expect(services[name]).toMatchObject({ build: '.', image: 'bareun:local' });
    expect(services[name].command!.join(' ')).toBe(scripts[name]);
  }
});

test('every dependency is a service of the file, and Temporal listens on the loopback only', () => {
  for (const service of Object.values(services)) {
    for (const dependency of Object.keys(service.depends_on ?? {})) expect(Object.keys(services)).toContain(dependency);
  }
  expect(services.temporal.ports).toEqual(['127.0.0.1:7233:7233']);
});
