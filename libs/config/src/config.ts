// Configuration from the environment, validated at start: every bad or missing variable is named
// in one message, and nothing starts on a half-valid configuration.
import { z } from 'zod';

const databaseSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
});

const temporalSchema = z.object({
  TEMPORAL_ADDRESS: z.string().regex(/^[\w.-]+:\d+$/, 'must be host:port, for example localhost:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('bareun'),
});

const apiSchema = z.object({
  PORT: z.coerce.number({ error: 'must be a port number' }).int().min(1).max(65535).default(3000),
  /** Where people reach the Temporal Web UI; shown in links, optional. */
  TEMPORAL_UI_URL: z.url().optional(),
  /** Browser origins allowed to call the API, comma-separated; none by default (the console is same-origin). */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'must be comma-separated http(s) origins' }))),
  RATE_LIMIT_PUBLIC_PER_MINUTE: z.coerce.number({ error: 'must be a number' }).int().min(1).default(300),
  RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: z.coerce.number({ error: 'must be a number' }).int().min(1).default(30),
  /** How long the first answer to an Idempotency-Key is kept. */
  IDEMPOTENCY_TTL_HOURS: z.coerce.number({ error: 'must be a number of hours' }).int().min(1).max(720).default(24),
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (one hop). */
  TRUST_PROXY: z.stringbool({ error: 'must be true or false' }).default(false),
});

/** What one worker holds; unset, the SDK's defaults (its sticky cache scales with the heap). */
const workerTuningSchema = z.object({
  TEMPORAL_MAX_CACHED_WORKFLOWS: z.coerce
    .number({ error: 'must be a number' })
    .int()
    .refine((n) => n === 0 || n >= 2, 'must be 0 (no cache) or at least 2, as the SDK requires')
    .optional(),
});

const mailSchema = z.object({
  /** Where notifications are sent from; unset, they wait in the outbox (see .env.example). */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().min(3).default('바른 Bareun <no-reply@bareun.seoul.go.kr>'),
  /** The address people open links of notifications at. */
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).default('http://localhost:3000'),
});

/**
 * Who signs the bearer tokens: a development secret (HS256) or the city's sign-on (a JWKS of RS256/ES256
 * keys, with the issuer and audience it must name). Exactly one of the two: with both set it would be
 * unclear which tokens count, so the API does not start.
 */
const authSchema = z.object({
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_JWKS_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  AUTH_ISSUER: z.string().min(1).optional(),
  AUTH_AUDIENCE: z.string().min(1).optional(),
  /** Where the roles are in the token; a dotted path reaches into an object (`realm_access.roles`). */
  AUTH_ROLES_CLAIM: z
    .string()
    .regex(/^[\w:/-]+(\.[\w:/-]+)*$/, 'must be a claim name or dotted path')
    .default('roles'),
});

/**
 * How people sign in to the web console: a picker of the demo users (development only: the API then signs
 * tokens for them, so never with the city's sign-on), or the city's identity provider through OIDC
 * (authorization code with PKCE, in the browser; the access token it issues is what the API verifies).
 */
const consoleSchema = z.object({
  DEV_SIGN_IN: z.stringbool({ error: 'must be true or false' }).default(false),
  OIDC_AUTHORIZATION_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  OIDC_TOKEN_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).max(200).optional(),
  OIDC_SCOPE: z.string().min(1).max(500).default('openid profile'),
});

type AuthEnv = z.infer<typeof authSchema> & Partial<z.infer<typeof consoleSchema>>;
function checkAuthSource(env: AuthEnv, ctx: z.RefinementCtx): void {
  const problem = (name: keyof AuthEnv, message: string) => ctx.addIssue({ code: 'custom', path: [name], message });
  if (!env.AUTH_JWT_SECRET && !env.AUTH_JWKS_URL) problem('AUTH_JWT_SECRET', 'or AUTH_JWKS_URL is required');
  if (env.AUTH_JWT_SECRET && env.AUTH_JWKS_URL) {
    problem('AUTH_JWKS_URL', 'and AUTH_JWT_SECRET are both set: configure one (the sign-on, or a development secret)');
  }
  if (env.AUTH_JWKS_URL && !env.AUTH_ISSUER) problem('AUTH_ISSUER', 'is required with AUTH_JWKS_URL');
  if (env.AUTH_JWKS_URL && !env.AUTH_AUDIENCE) problem('AUTH_AUDIENCE', 'is required with AUTH_JWKS_URL');
  if (env.DEV_SIGN_IN && !env.AUTH_JWT_SECRET) {
    problem('DEV_SIGN_IN', 'needs AUTH_JWT_SECRET: development sign-in never runs beside the sign-on');
  }
  const oidc = {
    OIDC_AUTHORIZATION_URL: env.OIDC_AUTHORIZATION_URL,
    OIDC_TOKEN_URL: env.OIDC_TOKEN_URL,
    OIDC_CLIENT_ID: env.OIDC_CLIENT_ID,
  };
  const oidcSet = Object.values(oidc).some(Boolean);
  for (const [name, value] of Object.entries(oidc)) {
    if (oidcSet && !value) problem(name as keyof AuthEnv, 'is required with the other OIDC_ variables');
  }
  if (oidcSet && !env.AUTH_JWKS_URL)
    problem('OIDC_CLIENT_ID', 'needs AUTH_JWKS_URL: the API must verify what the sign-on issues');
}

// `when`: the rule runs even when another variable is bad, so one start names every problem.
export const apiConfigSchema = z
  .object({
    ...databaseSchema.shape,
    ...temporalSchema.shape,
    ...apiSchema.shape,
    ...authSchema.shape,
    ...consoleSchema.shape,
  })
  .superRefine(checkAuthSource, { when: () => true });
export const databaseConfigSchema = databaseSchema;
export const workerConfigSchema = z.object({
  ...databaseSchema.shape,
  ...temporalSchema.shape,
  ...workerTuningSchema.shape,
  ...mailSchema.shape,
});

export type ApiConfig = z.infer<typeof apiConfigSchema>;
export type WorkerConfig = z.infer<typeof workerConfigSchema>;
export type TemporalConfig = z.infer<typeof temporalSchema>;
export type MailConfig = z.infer<typeof mailSchema>;
export type AuthConfig = z.infer<typeof authSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example.`);
  }
}

export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  // An empty value (`NAME=` in .env) means unset: the default applies, or the variable is reported missing.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return issue.code === 'invalid_type' && present[name] === undefined ? `${name} is required` : `${name} ${issue.message}`;
    }),
  );
}

/** Reads ./.env into the environment when there is one; variables already set win. */
export function loadDotEnvIfPresent(path = '.env'): void {
  try {
    process.loadEnvFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
