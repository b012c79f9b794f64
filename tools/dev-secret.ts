import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const DATA_DIR = resolve('.data');

/** The development signing secret: made once and kept in .data/, so tokens survive a restart. */
export function devJwtSecret(): string {
  const file = resolve(DATA_DIR, 'dev-jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}
