import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiConfigSchema, ConfigError, loadConfig, workerConfigSchema } from './config.js';
import { parseCodecKeys, temporalTlsOn } from './temporal-config.js';

const key = (fill: number) => Buffer.alloc(32, fill).toString('base64');
const ENV = {
  DATABASE_URL: 'postgres://bareun:secret@localhost:5432/bareun',
  TEMPORAL_ADDRESS: 'temporal.example:7233',
  TEMPORAL_CODEC_KEYS: `k2:${key(2)},k1:${key(1)}`,
  AUDIT_HMAC_KEY: 'an-audit-key-of-at-least-32-characters',
  AUDIT_DIGEST_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
};
const API_ENV = { ...ENV, AUTH_JWT_SECRET: 'a-signing-secret-of-at-least-32-chars' };

const folder = mkdtempSync(join(tmpdir(), 'bareun-tls-'));
const pem = (name: string) => {
  const path = join(folder, name);
  writeFileSync(path, `-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n`);
  return path;
};
const CA = pem('ca.pem');
const CERT = pem('client.pem');
const KEY = pem('client.key');
const NOT_PEM = join(folder, 'not.pem');
writeFileSync(NOT_PEM, 'hello');

function problemsOf(
  env: Record<string, string>,
  schema: typeof workerConfigSchema | typeof apiConfigSchema = workerConfigSchema,
) {
  try {
    loadConfig(schema, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected the configuration to be refused');
}

describe('the payload-codec keys', () => {
  it('are id:base64 pairs, the first sealing, every one opening', () => {
    expect(parseCodecKeys(ENV.TEMPORAL_CODEC_KEYS)).toEqual([
      { id: 'k2', key: Buffer.alloc(32, 2) },
      { id: 'k1', key: Buffer.alloc(32, 1) },
    ]);
  });

  it.each([
    ['no id', key(1), 'must be <id>:<base64 key>, comma-separated (the first seals)'],
    ['a short key', `k1:${Buffer.alloc(16).toString('base64')}`, "key 'k1' must be 32 bytes in base64 (openssl rand -base64 32)"],
    ['a key not in base64', `k1:${'z'.repeat(43)}!`, "key 'k1' must be 32 bytes in base64 (openssl rand -base64 32)"],
    ['an id twice', `k1:${key(1)},k1:${key(2)}`, "names the key id 'k1' twice"],
    ['an id with a space', `my key:${key(1)}`, "has the key id 'my key': ids are 1 to 40 letters, digits, '.', '_' or '-'"],
  ])('refuse %s, naming the variable', (_, value, message) => {
    expect(problemsOf({ ...ENV, TEMPORAL_CODEC_KEYS: value })).toEqual([`TEMPORAL_CODEC_KEYS ${message}`]);
  });

  it('are required by the API and the worker alike', () => {
    const { TEMPORAL_CODEC_KEYS: _, ...without } = API_ENV;
    expect(problemsOf(without, apiConfigSchema)).toEqual(['TEMPORAL_CODEC_KEYS is required']);
    expect(problemsOf(without)).toEqual(['TEMPORAL_CODEC_KEYS is required']);
  });
});

describe('TLS, mTLS and the API key', () => {
  it('is plain by default, and TLS as soon as a TLS file, a server name or an API key is set', () => {
    expect(temporalTlsOn(loadConfig(workerConfigSchema, ENV))).toBe(false);
    for (const set of [
      { TEMPORAL_TLS: 'true' },
      { TEMPORAL_TLS_CA_FILE: CA },
      { TEMPORAL_TLS_SERVER_NAME: 'temporal.internal' },
      { TEMPORAL_API_KEY: 'secret-key' },
      { TEMPORAL_TLS_CERT_FILE: CERT, TEMPORAL_TLS_KEY_FILE: KEY },
    ]) {
      expect([set, temporalTlsOn(loadConfig(workerConfigSchema, { ...ENV, ...set }))]).toEqual([set, true]);
    }
    const mtls = { TEMPORAL_TLS_CA_FILE: CA, TEMPORAL_TLS_CERT_FILE: CERT, TEMPORAL_TLS_KEY_FILE: KEY };
    expect(loadConfig(apiConfigSchema, { ...API_ENV, ...mtls })).toMatchObject(mtls);
  });

  it('takes the client certificate and its key together', () => {
    expect(problemsOf({ ...ENV, TEMPORAL_TLS_CERT_FILE: CERT })).toEqual([
      'TEMPORAL_TLS_KEY_FILE is required with the other: mTLS takes the client certificate and its key together',
    ]);
    expect(problemsOf({ ...API_ENV, TEMPORAL_TLS_KEY_FILE: KEY }, apiConfigSchema)).toEqual([
      'TEMPORAL_TLS_CERT_FILE is required with the other: mTLS takes the client certificate and its key together',
    ]);
  });

  it('never sends the API key, nor uses a TLS setting, with TEMPORAL_TLS=false', () => {
    expect(problemsOf({ ...ENV, TEMPORAL_TLS: 'false', TEMPORAL_API_KEY: 'secret-key', TEMPORAL_TLS_CA_FILE: CA })).toEqual([
      'TEMPORAL_TLS_CA_FILE is set, but TEMPORAL_TLS is false',
      'TEMPORAL_API_KEY needs TLS: an API key is never sent in clear (TEMPORAL_TLS is false)',
    ]);
  });

  it('reads the files at start: a missing or non-PEM file is named', () => {
    expect(
      problemsOf({
        ...ENV,
        TEMPORAL_TLS_CA_FILE: join(folder, 'absent.pem'),
        TEMPORAL_TLS_CERT_FILE: NOT_PEM,
        TEMPORAL_TLS_KEY_FILE: KEY,
      }),
    ).toEqual([
      `TEMPORAL_TLS_CA_FILE cannot be read (${join(folder, 'absent.pem')})`,
      `TEMPORAL_TLS_CERT_FILE is not a PEM file (${NOT_PEM})`,
    ]);
  });

  it('refuses a server name that is not a host name, and TEMPORAL_TLS that is not a boolean', () => {
    expect(problemsOf({ ...ENV, TEMPORAL_TLS_SERVER_NAME: 'https://temporal', TEMPORAL_TLS: 'yes please' }).sort()).toEqual([
      'TEMPORAL_TLS must be true or false',
      'TEMPORAL_TLS_SERVER_NAME must be a host name',
    ]);
  });
});
