// How the API and the worker reach Temporal, and the keys that seal every payload they give it
// (docs/configuration.md#temporal, docs/security.md#temporal).
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export interface CodecKey {
  id: string;
  key: Buffer;
}

const KEY_ID = /^[A-Za-z0-9_.-]{1,40}$/;

/**
 * `TEMPORAL_CODEC_KEYS`: `<id>:<base64 of 32 bytes>`, comma-separated; the first seals, every one opens. Returns
 * the problems, or the keys.
 */
export function parseCodecKeys(list: string): CodecKey[] | string {
  const keys: CodecKey[] = [];
  for (const entry of list.split(',').map((part) => part.trim())) {
    const [id, encoded, ...rest] = entry.split(':');
    if (!id || !encoded || rest.length > 0) return 'must be <id>:<base64 key>, comma-separated (the first seals)';
    if (!KEY_ID.test(id)) return `has the key id '${id}': ids are 1 to 40 letters, digits, '.', '_' or '-'`;
    if (keys.some((key) => key.id === id)) return `names the key id '${id}' twice`;
    const key = Buffer.from(encoded, 'base64');
    if (key.length !== 32 || key.toString('base64') !== encoded) {
      return `key '${id}' must be 32 bytes in base64 (openssl rand -base64 32)`;
    }
    keys.push({ id, key });
  }
  return keys;
}

/** A readable PEM file, checked at start so a wrong path stops the process with its name, not at first connect. */
const pemFile = z.string().superRefine((path, ctx) => {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch {
    ctx.addIssue({ code: 'custom', message: `cannot be read (${path})` });
    return;
  }
  if (!content.includes('-----BEGIN ')) ctx.addIssue({ code: 'custom', message: `is not a PEM file (${path})` });
});

export const temporalSchema = z.object({
  TEMPORAL_ADDRESS: z.string().regex(/^[\w.-]+:\d+$/, 'must be host:port, for example localhost:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('bareun'),
  /** TLS to Temporal; on by itself when any TEMPORAL_TLS_ variable or TEMPORAL_API_KEY is set. */
  TEMPORAL_TLS: z.stringbool({ error: 'must be true or false' }).optional(),
  /** The CA that signed the server's certificate; unset, the system's trusted CAs. */
  TEMPORAL_TLS_CA_FILE: pemFile.optional(),
  /** The client certificate and its key, for mTLS: both or neither. */
  TEMPORAL_TLS_CERT_FILE: pemFile.optional(),
  TEMPORAL_TLS_KEY_FILE: pemFile.optional(),
  /** The name the server's certificate must carry, when it is not the host of TEMPORAL_ADDRESS. */
  TEMPORAL_TLS_SERVER_NAME: z
    .string()
    .regex(/^[A-Za-z0-9.-]{1,253}$/, 'must be a host name')
    .optional(),
  /** An API key (Temporal Cloud, or a cluster's authorizer), sent as a bearer token over TLS only. */
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  TEMPORAL_CODEC_KEYS: z.string().superRefine((list, ctx) => {
    const keys = parseCodecKeys(list);
    if (typeof keys === 'string') ctx.addIssue({ code: 'custom', message: keys });
  }),
});

export type TemporalConfig = z.infer<typeof temporalSchema>;

const TLS_SETTINGS = [
  'TEMPORAL_TLS_CA_FILE',
  'TEMPORAL_TLS_CERT_FILE',
  'TEMPORAL_TLS_KEY_FILE',
  'TEMPORAL_TLS_SERVER_NAME',
] as const;

/** Whether the connection to Temporal is TLS: asked for, or implied by a TLS file or the API key. */
export function temporalTlsOn(config: Partial<TemporalConfig>): boolean {
  return config.TEMPORAL_TLS ?? (TLS_SETTINGS.some((name) => config[name]) || Boolean(config.TEMPORAL_API_KEY));
}

/** The rules between the variables; run with `when: () => true`, so one start names every problem. */
export function checkTemporalTransport(env: Partial<TemporalConfig>, ctx: z.RefinementCtx): void {
  const problem = (name: keyof TemporalConfig, message: string) => ctx.addIssue({ code: 'custom', path: [name], message });
  if (Boolean(env.TEMPORAL_TLS_CERT_FILE) !== Boolean(env.TEMPORAL_TLS_KEY_FILE)) {
    const missing = env.TEMPORAL_TLS_CERT_FILE ? 'TEMPORAL_TLS_KEY_FILE' : 'TEMPORAL_TLS_CERT_FILE';
    problem(missing, 'is required with the other: mTLS takes the client certificate and its key together');
  }
  if (env.TEMPORAL_TLS !== false) return;
  for (const name of TLS_SETTINGS) if (env[name]) problem(name, 'is set, but TEMPORAL_TLS is false');
  if (env.TEMPORAL_API_KEY) problem('TEMPORAL_API_KEY', 'needs TLS: an API key is never sent in clear (TEMPORAL_TLS is false)');
}
