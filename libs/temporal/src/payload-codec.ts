// Every payload the API and the worker hand to Temporal is sealed with AES-256-GCM (docs/security.md#temporal):
// comments, answers and identities are ciphertext in Temporal's database, its UI and its CLI. Encoding uses the
// first configured key; decoding takes any configured key, named by its id, so keys rotate without a cut.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import type { CodecKey } from '#config';
import { SEALED_METADATA } from '#domain';

/** The encoding and key-id metadata of Temporal's encryption sample, so its tooling recognises the payloads. */
const SEALED_ENCODING = 'binary/encrypted';
const KEY_ID_METADATA = 'encryption-key-id';
/** What a sealed payload decodes to without its key: no payload converter reads it, so nothing uses it. */
export const UNDECODABLE_ENCODING = 'binary/bareun-undecodable';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array | null | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

export class SealingCodec implements PayloadCodec {
  private readonly keys: ReadonlyMap<string, Buffer>;

  constructor(private readonly configured: readonly CodecKey[]) {
    if (configured.length === 0) throw new Error('the payload codec needs at least one key');
    this.keys = new Map(configured.map(({ id, key }) => [id, key]));
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.seal(payload));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.open(payload));
  }

  /** For the Temporal UI's codec endpoint: what a person may read; a payload that does not open stays as it is. */
  reveal(payloads: Payload[]): Payload[] {
    return payloads.map((payload) => {
      if (text(payload.metadata?.encoding) !== SEALED_ENCODING) return payload;
      const opened = this.open(payload);
      return text(opened.metadata?.encoding) === UNDECODABLE_ENCODING ? payload : withoutMark(opened);
    });
  }

  seal(payload: Payload): Payload {
    const { id, key } = this.configured[0];
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(id));
    const sealed = Buffer.concat([cipher.update(serialise(withoutMark(payload))), cipher.final()]);
    return {
      metadata: { encoding: utf8(SEALED_ENCODING), [KEY_ID_METADATA]: utf8(id) },
      data: Buffer.concat([iv, sealed, cipher.getAuthTag()]),
    };
  }

  /**
   * A sealed payload opens with its key and comes out marked as sealed (SEALED_METADATA); any other payload comes
   * out as it is, without such a mark, whoever set it: payloads recorded before the codec still read, and only the
   * codec vouches for a payload.
   */
  open(payload: Payload): Payload {
    if (text(payload.metadata?.encoding) !== SEALED_ENCODING) return withoutMark(payload);
    const id = text(payload.metadata?.[KEY_ID_METADATA]) ?? '';
    const key = this.keys.get(id);
    if (!key) return undecodable(`no key with the id '${id}'`);
    const data = Buffer.from(payload.data ?? []);
    if (data.length < IV_BYTES + TAG_BYTES) return undecodable('too short');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(id));
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
      const opened = deserialise(plain);
      return { ...opened, metadata: { ...opened.metadata, [SEALED_METADATA]: utf8(id) } };
    } catch {
      return undecodable(`does not open with the key '${id}'`);
    }
  }
}

function withoutMark(payload: Payload): Payload {
  if (!payload.metadata || !(SEALED_METADATA in payload.metadata)) return payload;
  const { [SEALED_METADATA]: _mark, ...metadata } = payload.metadata;
  return { ...payload, metadata };
}

function undecodable(reason: string): Payload {
  return { metadata: { encoding: utf8(UNDECODABLE_ENCODING) }, data: utf8(reason) };
}

/** A payload as bytes: the count of metadata entries, each as key and value with their lengths, then the data. */
function serialise(payload: Payload): Buffer {
  const entries = Object.entries(payload.metadata ?? {});
  const parts: Buffer[] = [u32(entries.length)];
  for (const [name, value] of entries) {
    const nameBytes = Buffer.from(name);
    parts.push(u32(nameBytes.length), nameBytes, u32(value?.length ?? 0), Buffer.from(value ?? []));
  }
  parts.push(Buffer.from(payload.data ?? []));
  return Buffer.concat(parts);
}

function deserialise(bytes: Buffer): Payload {
  let at = 0;
  const take = (length: number) => {
    if (at + length > bytes.length) throw new Error('truncated payload');
    const part = bytes.subarray(at, at + length);
    at += length;
    return part;
  };
  const count = take(4).readUInt32BE();
  const metadata: Record<string, Uint8Array> = {};
  for (let i = 0; i < count; i += 1) {
    const name = take(take(4).readUInt32BE()).toString();
    metadata[name] = new Uint8Array(take(take(4).readUInt32BE()));
  }
  return { metadata, data: new Uint8Array(bytes.subarray(at)) };
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
}
