// What both connections to Temporal take from the configuration: the API's client (Connection) and the
// worker's (NativeConnection) accept the same address, TLS and API-key options, and the same codec.
import { readFileSync } from 'node:fs';
import type { TLSConfig } from '@temporalio/client';
import { parseCodecKeys, type TemporalConfig, temporalTlsOn } from '#config';
import { SealingCodec } from './payload-codec.js';

export interface TemporalConnectionOptions {
  address: string;
  tls?: TLSConfig;
  apiKey?: string;
}

/** The address, TLS (a CA, a client certificate pair for mTLS, a server name) and API key the variables give. */
export function temporalConnectionOptions(config: TemporalConfig): TemporalConnectionOptions {
  const options: TemporalConnectionOptions = { address: config.TEMPORAL_ADDRESS };
  if (temporalTlsOn(config)) {
    const tls: TLSConfig = {};
    if (config.TEMPORAL_TLS_SERVER_NAME) tls.serverNameOverride = config.TEMPORAL_TLS_SERVER_NAME;
    if (config.TEMPORAL_TLS_CA_FILE) tls.serverRootCACertificate = readFileSync(config.TEMPORAL_TLS_CA_FILE);
    if (config.TEMPORAL_TLS_CERT_FILE && config.TEMPORAL_TLS_KEY_FILE) {
      tls.clientCertPair = { crt: readFileSync(config.TEMPORAL_TLS_CERT_FILE), key: readFileSync(config.TEMPORAL_TLS_KEY_FILE) };
    }
    options.tls = tls;
  }
  if (config.TEMPORAL_API_KEY) options.apiKey = config.TEMPORAL_API_KEY;
  return options;
}

/** The payload codec of TEMPORAL_CODEC_KEYS (validated at start, so a bad list never gets here). */
export function payloadCodecOf(config: Pick<TemporalConfig, 'TEMPORAL_CODEC_KEYS'>): SealingCodec {
  const keys = parseCodecKeys(config.TEMPORAL_CODEC_KEYS);
  if (typeof keys === 'string') throw new Error(`TEMPORAL_CODEC_KEYS ${keys}`);
  return new SealingCodec(keys);
}

/** The data converter of every client and worker of the deployment: the default converter, then the codec. */
export function dataConverterOf(config: Pick<TemporalConfig, 'TEMPORAL_CODEC_KEYS'>) {
  return { payloadCodecs: [payloadCodecOf(config)] };
}
