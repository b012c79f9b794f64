import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A secret kept in `dir/name`, made on first use (owner-only), so it is this folder's own and survives restarts. */
export function folderSecret(dir: string, name: string, make = () => randomBytes(32).toString('hex')): string {
  const file = resolve(dir, name);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, make(), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** A new Ed25519 private key as AUDIT_DIGEST_SIGNING_KEY takes it: PKCS#8 DER in base64. */
export const newDigestSigningKey = (): string =>
  generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
