import { randomBytes } from 'node:crypto';
import { freshCodecKeys } from './codec-keys.js';
import { newDigestSigningKey } from './folder-secret.js';
import type { Stack } from './stack.js';

/**
 * The API's and worker's environment over a throwaway stack (benchmarks, the contract run): connected as the
 * application's role, as in production, with fresh keys that live as long as the stack.
 */
export function throwawayAppEnv(stack: Stack, name: string, port: number): NodeJS.ProcessEnv & { AUTH_JWT_SECRET: string } {
  return {
    ...process.env,
    DATABASE_URL: stack.appDatabaseUrl,
    TEMPORAL_ADDRESS: stack.temporalAddress,
    TEMPORAL_TASK_QUEUE: name,
    PORT: String(port),
    AUTH_JWT_SECRET: randomBytes(32).toString('hex'),
    AUDIT_HMAC_KEY: randomBytes(32).toString('hex'),
    AUDIT_DIGEST_SIGNING_KEY: newDigestSigningKey(),
    TEMPORAL_CODEC_KEYS: freshCodecKeys(name),
  };
}
