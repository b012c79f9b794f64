import { ConfigError, apiConfigSchema, loadConfig, workerConfigSchema } from './config.js';

const VALID_ENV = {
  DATABASE_URL: 'postgres://bareun:secret@localhost:5432/bareun',
  TEMPORAL_ADDRESS: 'localhost:7233',
  AUTH_JWT_SECRET: 'a-signing-secret-of-at-least-32-chars',
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
      'AUTH_JWT_SECRET or AUTH_JWKS_URL is required',
      'DATABASE_URL is required',
      'TEMPORAL_ADDRESS is required',
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
        DATABASE_URL: 'mysql://localhost/bareun',
        TEMPORAL_ADDRESS: 'localhost',
        AUTH_JWT_SECRET: 'short',
        PORT: 'abc',
      }),
    );
    expect(problems.map((p) => p.split(' ')[0]).sort()).toEqual(['AUTH_JWT_SECRET', 'DATABASE_URL', 'PORT', 'TEMPORAL_ADDRESS']);
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
    });
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

  it('an empty environment names the database and Temporal address, once each', () => {
    const problems = problemsOf(() => loadConfig(workerConfigSchema, {}));
    expect([...problems].sort()).toEqual(['DATABASE_URL is required', 'TEMPORAL_ADDRESS is required']);
  });
});
