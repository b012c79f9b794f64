// `npm start`: the whole system on one machine. Embedded PostgreSQL and a Temporal dev server (both
// keeping their data in .data/) unless DATABASE_URL / TEMPORAL_ADDRESS point elsewhere; then the
// worker and the API as child processes, as they run in production. Ctrl-C stops all of it.
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { signToken } from '#auth';
import { loadDotEnvIfPresent } from '#config';
import { onStopSignal, spawnNode, startStack, stopProcess, waitForHttpOk } from './dev-stack/index.js';
import { DEMO_USERS } from '#persistence';
import { DATA_DIR, devAuditHmacKey, devCodecKeys, devDigestSigningKey, devJwtSecret } from './dev-secret.js';

loadDotEnvIfPresent();
const log = (message: string) => console.log(`[start] ${message}`);
const entry = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `||`, not `??`: an empty value from .env means unset.
const port = Number(process.env.PORT || 3000);
// This machine only, unless HOST says otherwise: the demo sign-in mints tokens for whoever asks.
const host = process.env.HOST || '127.0.0.1';
const everyInterface = host === '0.0.0.0' || host === '::';
const origin = `http://${everyInterface ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`;
// With the city's sign-on configured (AUTH_JWKS_URL) no secret is made (one set anyway stops the API), and no
// demo tokens are printed.
const signOn = Boolean(process.env.AUTH_JWKS_URL);
const secret = signOn ? (process.env.AUTH_JWT_SECRET ?? '') : process.env.AUTH_JWT_SECRET || devJwtSecret();
const stack = await startStack({
  dataDir: DATA_DIR,
  persistent: true,
  postgresPort: Number(process.env.EMBEDDED_POSTGRES_PORT || 54329),
  temporalPort: 7233,
  temporalUiPort: 8233,
  log,
});
const env = {
  ...process.env,
  DATABASE_URL: stack.appDatabaseUrl,
  TEMPORAL_ADDRESS: stack.temporalAddress,
  AUTH_JWT_SECRET: secret,
  AUDIT_HMAC_KEY: process.env.AUDIT_HMAC_KEY || devAuditHmacKey(),
  AUDIT_DIGEST_SIGNING_KEY: process.env.AUDIT_DIGEST_SIGNING_KEY || devDigestSigningKey(),
  // The key that seals every payload given to Temporal; a configured one wins.
  TEMPORAL_CODEC_KEYS: process.env.TEMPORAL_CODEC_KEYS || devCodecKeys(),
  PORT: String(port),
  HOST: host,
  TEMPORAL_UI_URL: process.env.TEMPORAL_UI_URL || stack.temporalUiUrl,
  // The web console's picker of demo users: the API signs tokens for them, so only here, in development.
  DEV_SIGN_IN: signOn ? '' : 'true',
};
const children: ChildProcess[] = [
  spawnNode({ name: 'worker', entry: entry('../apps/worker/src/main.js'), env }),
  spawnNode({ name: 'api', entry: entry('../apps/api/src/main.js'), env }),
];

let stopping = false;
async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log('stopping');
    await Promise.all(children.map((child) => stopProcess(child)));
    await stack.stop();
  }
  process.exit(code);
}
onStopSignal(() => void shutdown(0));
for (const child of children) {
  child.on('exit', (code, signal) => {
    if (stopping) return;
    log(`a child process ended (${signal ?? `exit ${code}`}); stopping everything`);
    void shutdown(1);
  });
}

await waitForHttpOk(`${origin}/health`, 120_000);
const demoTokens = DEMO_USERS.filter(() => !signOn).map((user) => {
  const token = signToken(
    { sub: user.id, name: user.name, roles: user.roles, dept: user.departmentCode, domains: user.domains },
    secret,
    { issuer: process.env.AUTH_ISSUER || undefined, audience: process.env.AUTH_AUDIENCE || undefined },
  );
  return `  ${user.roles.join(',')} ${user.id} (${user.departmentCode}):\n    ${token}`;
});
console.log(`
Bareun is running.
  Web console  ${origin}/ ${signOn ? '(sign-in through the city sign-on)' : '(pick a demo user to sign in)'}
  API          ${origin}/api (listening on ${host})
  OpenAPI UI   ${origin}/docs
  Temporal UI  ${env.TEMPORAL_UI_URL ?? '(the configured cluster)'}
${signOn ? `Tokens come from the sign-on (${process.env.AUTH_JWKS_URL}).` : `Bearer tokens for the demo users (valid 12 hours; npm run token mints others):\n${demoTokens.join('\n')}`}
Ctrl-C stops everything.
`);
