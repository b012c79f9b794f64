import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, apiConfigSchema, loadConfig, workerConfigSchema } from './config.js';

const DIGEST_KEY = generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
const VALID_ENV = {
  DATABASE_URL: 'postgres://bareun:secret@localhost:5432/bareun',
  TEMPORAL_ADDRESS: 'localhost:7233',
  AUTH_JWT_SECRET: 'a-signing-secret-of-at-least-32-chars',
  AUDIT_HMAC_KEY: 'an-audit-key-of-at-least-32-characters',
  AUDIT_DIGEST_SIGNING_KEY: DIGEST_KEY,
  TEMPORAL_CODEC_KEYS: `k1:${Buffer.alloc(32, 1).toString('base64')}`,
};

/** The problems of a configuration that must not load. */
function problemsOf(load: () => unknown): string[] {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected loadConfig to throw a ConfigError');
}

describe('loadConfig(apiConfigSchema)', () => {
  it('a valid environment parses, with defaults for namespace, task queue and port', () => {
    expect(loadConfig(apiConfigSchema, { ...VALID_ENV })).toEqual({
      ...VALID_ENV,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'bareun',
      PORT: 3000,
      CORS_ORIGINS: [],
      RATE_LIMIT_PUBLIC_PER_MINUTE: 300,
      RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: 30,
      IDEMPOTENCY_TTL_HOURS: 24,
      TRUST_PROXY: false,
      AUTH_ROLES_CLAIM: 'roles',
      DEV_SIGN_IN: false,
      OIDC_SCOPE: 'openid profile',
    });
  });

  it('development sign-in needs the development secret, never the sign-on', () => {
    expect(loadConfig(apiConfigSchema, { ...VALID_ENV, DEV_SIGN_IN: 'true' }).DEV_SIGN_IN).toBe(true);
    const { AUTH_JWT_SECRET: _, ...withoutSecret } = VALID_ENV;
    const signOn = { ...withoutSecret, AUTH_JWKS_URL: 'https://sso.example/certs', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' };
    expect(problemsOf(() => loadConfig(apiConfigSchema, { ...signOn, DEV_SIGN_IN: 'true' }))).toEqual([
      'DEV_SIGN_IN needs AUTH_JWT_SECRET: development sign-in never runs beside the sign-on',
    ]);
  });

  it('the console OIDC settings come together and only with the sign-on', () => {
    const { AUTH_JWT_SECRET: _, ...withoutSecret } = VALID_ENV;
    const signOn = { ...withoutSecret, AUTH_JWKS_URL: 'https://sso.example/certs', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' };
    const oidc = {
      OIDC_AUTHORIZATION_URL: 'https://sso.example/auth',
      OIDC_TOKEN_URL: 'https://sso.example/token',
      OIDC_CLIENT_ID: 'bareun-console',
    };
    expect(loadConfig(apiConfigSchema, { ...signOn, ...oidc })).toMatchObject({ ...oidc, OIDC_SCOPE: 'openid profile' });
    expect(problemsOf(() => loadConfig(apiConfigSchema, { ...signOn, OIDC_CLIENT_ID: 'x' }))).toEqual([
      'OIDC_AUTHORIZATION_URL is required with the other OIDC_ variables',
      'OIDC_TOKEN_URL is required with the other OIDC_ variables',
    ]);
    expect(problemsOf(() => loadConfig(apiConfigSchema, { ...VALID_ENV, ...oidc }))).toEqual([
      'OIDC_CLIENT_ID needs AUTH_JWKS_URL: the API must verify what the sign-on issues',
    ]);
  });

  it('reads the hardening settings: origins as a list, limits as numbers, TRUST_PROXY as a boolean', () => {
    const config = loadConfig(apiConfigSchema, {
      ...VALID_ENV,
      CORS_ORIGINS: 'https://bareun.seoul.go.kr, http://localhost:5173',
      RATE_LIMIT_PUBLIC_PER_MINUTE: '60',
      TRUST_PROXY: 'true',
    });
    expect(config).toMatchObject({
      CORS_ORIGINS: ['https://bareun.seoul.go.kr', 'http://localhost:5173'],
      RATE_LIMIT_PUBLIC_PER_MINUTE: 60,
      TRUST_PROXY: true,
    });
    const problems = problemsOf(() =>
      loadConfig(apiConfigSchema, { ...VALID_ENV, CORS_ORIGINS: 'bareun.seoul.go.kr', TRUST_PROXY: 'maybe' }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^CORS_ORIGINS\.0 must be comma-separated/),
      expect.stringMatching(/^TRUST_PROXY /),
    ]);
  });

  it('an empty value (NAME= in .env) counts as unset: defaults apply, required ones are reported missing', () => {
    expect(loadConfig(apiConfigSchema, { ...VALID_ENV, PORT: '', TEMPORAL_NAMESPACE: '' })).toMatchObject({
      PORT: 3000,
      TEMPORAL_NAMESPACE: 'default',
    });
    expect(problemsOf(() => loadConfig(apiConfigSchema, { ...VALID_ENV, AUTH_JWT_SECRET: '' }))).toEqual([
      'AUTH_JWT_SECRET or AUTH_JWKS_URL is required',
    ]);
  });

  it('set values win over defaults, and PORT becomes a number', () => {
    const config = loadConfig(apiConfigSchema, {
      ...VALID_ENV,
      DATABASE_URL: 'postgresql://db.internal:5432/bareun',
      TEMPORAL_ADDRESS: 'temporal.internal:7233',
      TEMPORAL_NAMESPACE: 'bareun-prod',
      TEMPORAL_TASK_QUEUE: 'approvals',
      PORT: '8080',
      TEMPORAL_UI_URL: 'http://localhost:8233',
    });
    expect(config).toMatchObject({
      DATABASE_URL: 'postgresql://db.internal:5432/bareun',
      TEMPORAL_ADDRESS: 'temporal.internal:7233',
      TEMPORAL_NAMESPACE: 'bareun-prod',
      TEMPORAL_TASK_QUEUE: 'approvals',
      PORT: 8080,
      TEMPORAL_UI_URL: 'http://localhost:8233',
    });
  });

  it('variables that are not configuration are left out', () => {
    const config = loadConfig(apiConfigSchema, { ...VALID_ENV, HOME: '/home/bareun' });
    expect(config).not.toHaveProperty('HOME');
  });

  it('an empty environment names every missing variable once', () => {
    const problems = problemsOf(() => loadConfig(apiConfigSchema, {}));
    expect([...problems].sort()).toEqual([
      'AUDIT_DIGEST_SIGNING_KEY is required',
      'AUDIT_HMAC_KEY is required',
      'AUTH_JWT_SECRET or AUTH_JWKS_URL is required',
      'DATABASE_URL is required',
      'TEMPORAL_ADDRESS is required',
      'TEMPORAL_CODEC_KEYS is required',
    ]);
  });

  it('the error message lists each problem', () => {
    try {
      loadConfig(apiConfigSchema, {});
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain('  - DATABASE_URL is required');
      expect((error as Error).message).toContain('  - AUTH_JWT_SECRET or AUTH_JWKS_URL is required');
    }
  });

  it.each([
    ['DATABASE_URL', 'http://localhost:5432/bareun', 'DATABASE_URL must be a postgres:// URL'],
    ['DATABASE_URL', 'not a url', 'DATABASE_URL must be a postgres:// URL'],
    ['PORT', 'abc', 'PORT must be a port number'],
    ['AUTH_JWT_SECRET', 'too-short', 'AUTH_JWT_SECRET must be at least 32 characters'],
    ['TEMPORAL_ADDRESS', 'localhost', 'TEMPORAL_ADDRESS must be host:port, for example localhost:7233'],
  ])('%s=%j is one problem naming the variable', (name, value, expected) => {
    expect(problemsOf(() => loadConfig(apiConfigSchema, { ...VALID_ENV, [name]: value }))).toEqual([expected]);
  });

  it.each(['0', '65536', '80.5'])('PORT=%s out of range or not whole is one problem naming PORT', (port) => {
    const problems = problemsOf(() => loadConfig(apiConfigSchema, { ...VALID_ENV, PORT: port }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^PORT /);
  });

  it('a TEMPORAL_UI_URL that is not a URL is one problem naming it', () => {
    const problems = problemsOf(() => loadConfig(apiConfigSchema, { ...VALID_ENV, TEMPORAL_UI_URL: 'temporal ui' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^TEMPORAL_UI_URL /);
  });

  it('several bad values are all reported at once, one each', () => {
    const problems = problemsOf(() =>
      loadConfig(apiConfigSchema, {
        ...VALID_ENV,
        DATABASE_URL: 'mysql://localhost/bareun',
        TEMPORAL_ADDRESS: 'localhost',
        AUTH_JWT_SECRET: 'short',
        PORT: 'abc',
        TEMPORAL_CODEC_KEYS: VALID_ENV.TEMPORAL_CODEC_KEYS,
      }),
    );
    expect(problems.map((p) => p.split(' ')[0]).sort()).toEqual(['AUTH_JWT_SECRET', 'DATABASE_URL', 'PORT', 'TEMPORAL_ADDRESS']);
  });
});

describe('loadConfig(apiConfigSchema): the metrics port and the address', () => {
  it('serves no metrics unless METRICS_PORT is set; the token is optional, and binds nowhere special by default', () => {
    const config = loadConfig(apiConfigSchema, { ...VALID_ENV });
    expect([config.METRICS_PORT, config.METRICS_TOKEN, config.HOST]).toEqual([undefined, undefined, undefined]);
    const token = 'a-scrape-token-of-at-least-32-characters';
    expect(
      loadConfig(apiConfigSchema, { ...VALID_ENV, METRICS_PORT: '9100', METRICS_TOKEN: token, HOST: '127.0.0.1' }),
    ).toMatchObject({
      METRICS_PORT: 9100,
      METRICS_TOKEN: token,
      HOST: '127.0.0.1',
    });
  });

  it('never on the public port, and a token only with a port to guard', () => {
    expect(problemsOf(() => loadConfig(apiConfigSchema, { ...VALID_ENV, PORT: '8080', METRICS_PORT: '8080' }))).toEqual([
      'METRICS_PORT must differ from PORT: the metrics are never served on the public port',
    ]);
    expect(problemsOf(() => loadConfig(apiConfigSchema, { ...VALID_ENV, METRICS_PORT: '3000' }))).toHaveLength(1);
    expect(problemsOf(() => loadConfig(apiConfigSchema, { ...VALID_ENV, METRICS_TOKEN: 'x'.repeat(32) }))).toEqual([
      'METRICS_TOKEN needs METRICS_PORT',
    ]);
    expect(problemsOf(() => loadConfig(apiConfigSchema, { ...VALID_ENV, METRICS_PORT: '9100', METRICS_TOKEN: 'short' }))).toEqual(
      ['METRICS_TOKEN must be at least 32 characters'],
    );
    expect(problemsOf(() => loadConfig(apiConfigSchema, { ...VALID_ENV, HOST: 'every interface' }))).toHaveLength(1);
  });
});

describe('loadConfig(apiConfigSchema): who signs the tokens', () => {
  const { AUTH_JWT_SECRET: _secret, ...withoutSecret } = VALID_ENV;
  const SIGN_ON = {
    AUTH_JWKS_URL: 'https://sso.seoul.example/realms/city/protocol/openid-connect/certs',
    AUTH_ISSUER: 'https://sso.seoul.example/realms/city',
    AUTH_AUDIENCE: 'bareun',
  };

  it("the city's sign-on needs no secret: JWKS, issuer and audience, and a roles claim that may be configured", () => {
    expect(loadConfig(apiConfigSchema, { ...withoutSecret, ...SIGN_ON })).toMatchObject({
      ...SIGN_ON,
      AUTH_ROLES_CLAIM: 'roles',
    });
    expect(loadConfig(apiConfigSchema, { ...withoutSecret, ...SIGN_ON, AUTH_ROLES_CLAIM: 'realm_access.roles' })).toMatchObject({
      AUTH_ROLES_CLAIM: 'realm_access.roles',
    });
  });

  it('a secret and a JWKS together do not start: which tokens count would be unclear', () => {
    expect(problemsOf(() => loadConfig(apiConfigSchema, { ...VALID_ENV, ...SIGN_ON }))).toEqual([
      'AUTH_JWKS_URL and AUTH_JWT_SECRET are both set: configure one (the sign-on, or a development secret)',
    ]);
  });

  it('a JWKS without issuer and audience names both', () => {
    expect(
      problemsOf(() => loadConfig(apiConfigSchema, { ...withoutSecret, AUTH_JWKS_URL: SIGN_ON.AUTH_JWKS_URL })).sort(),
    ).toEqual(['AUTH_AUDIENCE is required with AUTH_JWKS_URL', 'AUTH_ISSUER is required with AUTH_JWKS_URL']);
  });

  it('the sign-on is reached over https only; http:// is for this machine alone', () => {
    const oidc = {
      OIDC_AUTHORIZATION_URL: 'https://sso.seoul.example/auth',
      OIDC_TOKEN_URL: 'https://sso.seoul.example/token',
      OIDC_CLIENT_ID: 'bareun-console',
    };
    expect(loadConfig(apiConfigSchema, { ...withoutSecret, ...SIGN_ON, ...oidc })).toMatchObject(oidc);
    const plain = {
      AUTH_JWKS_URL: 'http://sso.seoul.example/certs',
      OIDC_AUTHORIZATION_URL: 'http://sso.seoul.example/auth',
      OIDC_TOKEN_URL: 'http://10.0.0.5/token',
    };
    expect(
      problemsOf(() => loadConfig(apiConfigSchema, { ...withoutSecret, ...SIGN_ON, ...oidc, ...plain }))
        .map((problem) => problem.split(' ')[0])
        .sort(),
    ).toEqual(['AUTH_JWKS_URL', 'OIDC_AUTHORIZATION_URL', 'OIDC_TOKEN_URL']);
    for (const local of ['http://localhost:8080/certs', 'http://127.0.0.1:8080/certs', 'http://[::1]:8080/certs']) {
      expect(loadConfig(apiConfigSchema, { ...withoutSecret, ...SIGN_ON, AUTH_JWKS_URL: local }).AUTH_JWKS_URL).toBe(local);
    }
    expect(
      problemsOf(() =>
        loadConfig(apiConfigSchema, { ...withoutSecret, ...SIGN_ON, AUTH_JWKS_URL: 'http://localhost.evil.example/certs' }),
      ),
    ).toHaveLength(1);
  });

  it('the token type is checked only when configured', () => {
    expect(loadConfig(apiConfigSchema, { ...withoutSecret, ...SIGN_ON }).AUTH_TOKEN_TYPE).toBeUndefined();
    expect(loadConfig(apiConfigSchema, { ...withoutSecret, ...SIGN_ON, AUTH_TOKEN_TYPE: 'at+jwt' }).AUTH_TOKEN_TYPE).toBe(
      'at+jwt',
    );
    expect(
      problemsOf(() => loadConfig(apiConfigSchema, { ...withoutSecret, ...SIGN_ON, AUTH_TOKEN_TYPE: 'at jwt' })),
    ).toHaveLength(1);
  });

  it.each([
    ['AUTH_JWKS_URL', 'ftp://sso/certs'],
    ['AUTH_ROLES_CLAIM', 'roles..nested'],
  ])('%s=%j is one problem naming it', (name, value) => {
    const problems = problemsOf(() => loadConfig(apiConfigSchema, { ...withoutSecret, ...SIGN_ON, [name]: value }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name} `));
  });
});

describe('loadConfig(workerConfigSchema)', () => {
  it('the worker needs no JWT secret or port', () => {
    const { AUTH_JWT_SECRET: _unused, ...workerEnv } = VALID_ENV;
    expect(loadConfig(workerConfigSchema, workerEnv)).toEqual({
      ...workerEnv,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'bareun',
      MAIL_FROM: '바른 Bareun <no-reply@bareun.seoul.go.kr>',
      PUBLIC_URL: 'http://localhost:3000',
      SMTP_TIMEOUT_SECONDS: 15,
      DATABASE_POOL_SIZE: 10,
      MAIL_CONCURRENCY: 10,
      WORKER_SHUTDOWN_GRACE_SECONDS: 30,
      WRITE_ATTEMPTS: 10,
      RECONCILE_DAILY_AT: '03:30',
      AUDIT_DIGEST_DAILY_AT: '00:10',
    });
  });

  it('failures and repairs: a write gives up after 1 to 20 attempts; reconcile runs at HH:MM or not at all', () => {
    const { AUTH_JWT_SECRET: _unused, ...workerEnv } = VALID_ENV;
    const config = loadConfig(workerConfigSchema, { ...workerEnv, WRITE_ATTEMPTS: '3', RECONCILE_DAILY_AT: 'off' });
    expect([config.WRITE_ATTEMPTS, config.RECONCILE_DAILY_AT]).toEqual([3, 'off']);
    const bad = { ...workerEnv, WRITE_ATTEMPTS: '0', RECONCILE_DAILY_AT: '25:00' };
    expect([...problemsOf(() => loadConfig(workerConfigSchema, bad))].sort()).toEqual([
      'RECONCILE_DAILY_AT must be HH:MM (Asia/Seoul) or off',
      expect.stringMatching(/^WRITE_ATTEMPTS /),
    ]);
  });

  it('mail: SMTP_URL is optional, and when set must be smtp:// or smtps://', () => {
    const { AUTH_JWT_SECRET: _unused, ...workerEnv } = VALID_ENV;
    expect(loadConfig(workerConfigSchema, { ...workerEnv, SMTP_URL: 'smtps://u:p@mail.example:465' }).SMTP_URL).toBe(
      'smtps://u:p@mail.example:465',
    );
    expect(problemsOf(() => loadConfig(workerConfigSchema, { ...workerEnv, SMTP_URL: 'http://mail.example' }))).toEqual([
      'SMTP_URL must be an smtp:// or smtps:// URL',
    ]);
    expect(problemsOf(() => loadConfig(workerConfigSchema, { ...workerEnv, PUBLIC_URL: 'bareun' }))).toEqual([
      'PUBLIC_URL must be an http:// or https:// URL',
    ]);
  });

  it('the sticky cache: unset leaves the SDK default, a whole number sets it, anything else is named', () => {
    const { AUTH_JWT_SECRET: _unused, ...workerEnv } = VALID_ENV;
    expect(loadConfig(workerConfigSchema, workerEnv).TEMPORAL_MAX_CACHED_WORKFLOWS).toBeUndefined();
    expect(
      loadConfig(workerConfigSchema, { ...workerEnv, TEMPORAL_MAX_CACHED_WORKFLOWS: '1000' }).TEMPORAL_MAX_CACHED_WORKFLOWS,
    ).toBe(1000);
    for (const bad of ['many', '-1', '1', '2.5'])
      expect(problemsOf(() => loadConfig(workerConfigSchema, { ...workerEnv, TEMPORAL_MAX_CACHED_WORKFLOWS: bad }))).toEqual([
        expect.stringMatching(/^TEMPORAL_MAX_CACHED_WORKFLOWS /),
      ]);
  });

  it('slots, pool, mail timeout, shutdown grace and metrics: defaults, set values, and bad ones named', () => {
    const { AUTH_JWT_SECRET: _unused, ...workerEnv } = VALID_ENV;
    const defaults = loadConfig(workerConfigSchema, workerEnv);
    expect(defaults).toMatchObject({
      DATABASE_POOL_SIZE: 10,
      MAIL_CONCURRENCY: 10,
      SMTP_TIMEOUT_SECONDS: 15,
      WORKER_SHUTDOWN_GRACE_SECONDS: 30,
    });
    expect(defaults.TEMPORAL_METRICS_BIND_ADDRESS).toBeUndefined(); // no metrics served
    const set = {
      DATABASE_POOL_SIZE: '20',
      MAIL_CONCURRENCY: '4',
      SMTP_TIMEOUT_SECONDS: '10',
      WORKER_SHUTDOWN_GRACE_SECONDS: '0',
      TEMPORAL_METRICS_BIND_ADDRESS: '0.0.0.0:9464',
    };
    expect(loadConfig(workerConfigSchema, { ...workerEnv, ...set })).toMatchObject({
      DATABASE_POOL_SIZE: 20,
      MAIL_CONCURRENCY: 4,
      SMTP_TIMEOUT_SECONDS: 10,
      WORKER_SHUTDOWN_GRACE_SECONDS: 0,
      TEMPORAL_METRICS_BIND_ADDRESS: '0.0.0.0:9464',
    });
    const bad = {
      DATABASE_POOL_SIZE: '1',
      MAIL_CONCURRENCY: 'lots',
      SMTP_TIMEOUT_SECONDS: '600', // past the delivery's start-to-close
      WORKER_SHUTDOWN_GRACE_SECONDS: '-1',
      TEMPORAL_METRICS_BIND_ADDRESS: 'http://0.0.0.0:9464/metrics',
    };
    const problems = problemsOf(() => loadConfig(workerConfigSchema, { ...workerEnv, ...bad }));
    expect(problems.map((p) => p.split(' ')[0]).sort()).toEqual(Object.keys(bad).sort());
  });

  it('an empty environment names the database and Temporal address, once each', () => {
    const problems = problemsOf(() => loadConfig(workerConfigSchema, {}));
    expect([...problems].sort()).toEqual([
      'AUDIT_DIGEST_SIGNING_KEY is required',
      'AUDIT_HMAC_KEY is required',
      'DATABASE_URL is required',
      'TEMPORAL_ADDRESS is required',
      'TEMPORAL_CODEC_KEYS is required',
    ]);
  });

  it('the audit keys: an HMAC key of at least 32 characters, and an Ed25519 key to sign the digest', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'der', type: 'pkcs8' });
    const bad = { ...VALID_ENV, AUDIT_HMAC_KEY: 'short', AUDIT_DIGEST_SIGNING_KEY: rsa.toString('base64') };
    expect([...problemsOf(() => loadConfig(workerConfigSchema, bad))].sort()).toEqual([
      'AUDIT_DIGEST_SIGNING_KEY must be an Ed25519 private key (PKCS#8 DER, base64)',
      'AUDIT_HMAC_KEY must be at least 32 characters',
    ]);
    expect(problemsOf(() => loadConfig(apiConfigSchema, { ...VALID_ENV, AUDIT_DIGEST_SIGNING_KEY: 'not a key' }))).toEqual([
      'AUDIT_DIGEST_SIGNING_KEY must be an Ed25519 private key (PKCS#8 DER, base64)',
    ]);
  });
});
