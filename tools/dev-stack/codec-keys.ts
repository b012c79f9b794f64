import { randomBytes } from 'node:crypto';

/** A TEMPORAL_CODEC_KEYS value of one new key, for a stack that lives as long as its Temporal (tests, benchmarks). */
export function freshCodecKeys(id = 'dev'): string {
  return `${id}:${randomBytes(32).toString('base64')}`;
}
