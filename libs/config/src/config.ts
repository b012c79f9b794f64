// Configuration from the environment, validated at start: every bad or missing variable is named
// in one message, and nothing starts on a half-valid configuration.
import { createPrivateKey } from 'node:crypto';
import { z } from 'zod';
import { checkTemporalTransport, temporalSchema } from './temporal-config.js';

const databaseSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
});

/**
 * The audit log's keys (docs/security.md): AUDIT_HMAC_KEY keys every entry appended, and PostgreSQL never
 * holds it, so a rewrite by SQL alone is noticed; the same key for the API (which verifies) and the worker.
 */
const auditSchema = z.object({
  AUDIT_HMAC_KEY: z.string().min(32, 'must be at least 32 characters'),
  /** Signs the daily digest of every chain's head: an Ed25519 private key, PKCS#8 DER in base64 (the API publishes its public half). */
  AUDIT_DIGEST_SIGNING_KEY: z.string().refine(isEd25519PrivateKey, 'must be an Ed25519 private key (PKCS#8 DER, base64)'),
});

const port = () => z.coerce.number({ error: 'must be a port number' }).int().min(1).max(65535);

function isEd25519PrivateKey(value: string): boolean {
  try {
    return createPrivateKey({ key: Buffer.from(value, 'base64'), format: 'der', type: 'pkcs8' }).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}

const apiSchema = z.object({
  PORT: port().default(3000),
  /** The address the API (and its metrics port) listens on; unset, every interface. `npm start` sets 127.0.0.1. */
  HOST: z
    .string()
    .regex(/^[\w.:-]+$/, 'must be a host name or an IP address, for example 127.0.0.1')
    .optional(),
  /** Prometheus' /metrics on a port of its own, never the public one; unset, no metrics are served. */
  METRICS_PORT: port().optional(),
  /** With it, a scrape must send `Authorization: Bearer <token>`. */
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
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
  /**
   * Connections the worker opens to PostgreSQL (pg's default, 10). It runs as many lifecycle activities at
   * once, each holding one for its transaction, so none waits for a connection with its slot taken.
   */
  DATABASE_POOL_SIZE: z.coerce.number({ error: 'must be a number' }).int().min(2).max(200).default(10),
  /** Email deliveries one worker runs at once, on their own task queue (`<TEMPORAL_TASK_QUEUE>-mail`). */
  MAIL_CONCURRENCY: z.coerce.number({ error: 'must be a number' }).int().min(1).max(100).default(10),
  /** How long a stopping worker lets running tasks finish before it cancels them. */
  WORKER_SHUTDOWN_GRACE_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).int().min(0).max(600).default(30),
  /** Where the worker serves the Temporal SDK's Prometheus metrics, host:port; unset, it serves none. */
  TEMPORAL_METRICS_BIND_ADDRESS: z
    .string()
    .regex(/^[\w.-]+:\d+$/, 'must be host:port, for example 0.0.0.0:9464')
    .optional(),
});

/** When lifecycle writes need attention, and when reconcile runs (docs/operations.md). */
const attentionSchema = z.object({
  /** Attempts of a lifecycle write before this worker gives it up and the proposal needs attention. */
  WRITE_ATTEMPTS: z.coerce.number({ error: 'must be a number' }).int().min(1).max(20).default(10),
  /** The daily reconcile's time of day in Asia/Seoul (HH:MM), or `off` for no Schedule. */
  RECONCILE_DAILY_AT: z
    .string()
    .regex(/^(off|([01]\d|2[0-3]):[0-5]\d)$/, 'must be HH:MM (Asia/Seoul) or off')
    .default('03:30'),
  /** The daily signed digest of every audit chain's head: its time of day in Asia/Seoul (HH:MM). */
  AUDIT_DIGEST_DAILY_AT: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (Asia/Seoul)')
    .default('00:10'),
});

const mailSchema = z.object({
  /** Where notifications are sent from; unset, they wait in the outbox (see .env.example). */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().min(3).default('바른 Bareun <no-reply@bareun.seoul.go.kr>'),
  /**
   * Seconds the mail server has to accept the connection, to greet, and to answer each step: well within
   * the delivery's start-to-close (2 minutes, workflows/delivery.ts), so a silent server ends the attempt
   * and a retry, not a hung socket (nodemailer's default is 10 minutes).
   */
  SMTP_TIMEOUT_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).int().min(1).max(30).default(15),
  /** The address people open links of notifications at. */
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).default('http://localhost:3000'),
});

/**
 * Who signs the bearer tokens: a development secret (HS256) or the city's sign-on (a JWKS of RS256/ES256
 * keys, with the issuer and audience it must name). Exactly one of the two: with both set it would be
 * unclear which tokens count, so the API does not start.
 */
/**
 * The sign-on's URLs: `https://` only, so no one on the way can hand the API keys of their own or read a
 * code; `http://` is allowed for this machine alone (a provider run locally, the tests).
 */
const signOnUrl = () =>
  z.string().refine(isSignOnUrl, 'must be an https:// URL (http:// only for localhost, 127.0.0.1 or [::1])');

function isSignOnUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const { protocol, hostname } = new URL(text);
  const loopback = hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
  return protocol === 'https:' || (protocol === 'http:' && loopback);
}

const authSchema = z.object({
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_JWKS_URL: signOnUrl().optional(),
  /**
   * The `typ` the token's header must have, when set: `at+jwt` for an access token of RFC 9068, so that an
   * ID token, whose audience is also the client id, is not taken as one. Unset, `typ` is not checked.
   */
  AUTH_TOKEN_TYPE: z
    .string()
    .regex(/^[\w.+/-]{1,100}$/, 'must be a media type such as at+jwt')
    .optional(),
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
  OIDC_AUTHORIZATION_URL: signOnUrl().optional(),
  OIDC_TOKEN_URL: signOnUrl().optional(),
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

type MetricsEnv = Partial<Pick<z.infer<typeof apiSchema>, 'PORT' | 'METRICS_PORT' | 'METRICS_TOKEN'>>;
function checkMetrics(env: MetricsEnv, ctx: z.RefinementCtx): void {
  const problem = (name: keyof MetricsEnv, message: string) => ctx.addIssue({ code: 'custom', path: [name], message });
  if (env.METRICS_PORT !== undefined && env.METRICS_PORT === (env.PORT ?? 3000)) {
    problem('METRICS_PORT', 'must differ from PORT: the metrics are never served on the public port');
  }
  if (env.METRICS_TOKEN && env.METRICS_PORT === undefined) problem('METRICS_TOKEN', 'needs METRICS_PORT');
}

// `when`: the rule runs even when another variable is bad, so one start names every problem.
export const apiConfigSchema = z
  .object({
    ...databaseSchema.shape,
    ...auditSchema.shape,
    ...temporalSchema.shape,
    ...apiSchema.shape,
    ...authSchema.shape,
    ...consoleSchema.shape,
  })
  .superRefine(checkAuthSource, { when: () => true })
  .superRefine(checkTemporalTransport, { when: () => true })
  .superRefine(checkMetrics, { when: () => true });
/**
 * `npm run migrate`: DATABASE_MIGRATION_URL is the owner's, which runs the migrations and gives the role of
 * DATABASE_URL (the API's and the worker's) only what it needs; unset, DATABASE_URL does both, as one role.
 */
export const databaseConfigSchema = databaseSchema.extend({
  DATABASE_MIGRATION_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional(),
});
export const workerConfigSchema = z
  .object({
    ...databaseSchema.shape,
    ...auditSchema.shape,
    ...temporalSchema.shape,
    ...workerTuningSchema.shape,
    ...mailSchema.shape,
    ...attentionSchema.shape,
  })
  .superRefine(checkTemporalTransport, { when: () => true });

export type ApiConfig = z.infer<typeof apiConfigSchema>;
export type WorkerConfig = z.infer<typeof workerConfigSchema>;
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
