import { resolve } from 'node:path';
import { freshCodecKeys } from './dev-stack/codec-keys.js';
import { folderSecret, newDigestSigningKey } from './dev-stack/folder-secret.js';

export const DATA_DIR = resolve('.data');

/** The development signing secret: made once and kept in .data/, so tokens survive a restart. */
export const devJwtSecret = (): string => folderSecret(DATA_DIR, 'dev-jwt-secret');

/** The development audit key (AUDIT_HMAC_KEY), kept likewise: entries keyed yesterday must verify today. */
export const devAuditHmacKey = (): string => folderSecret(DATA_DIR, 'dev-audit-hmac-key');

/** The development digest signing key (AUDIT_DIGEST_SIGNING_KEY), kept likewise: yesterday's digests stay verifiable. */
export const devDigestSigningKey = (): string => folderSecret(DATA_DIR, 'dev-audit-digest-key', newDigestSigningKey);

/** The development payload-codec key, kept likewise: the dev server's runs stay readable across restarts. */
export const devCodecKeys = (): string => folderSecret(DATA_DIR, 'dev-temporal-codec-keys', () => freshCodecKeys());
