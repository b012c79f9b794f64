import { defaultPayloadConverter, type Payload } from '@temporalio/common';
import { SEALED_METADATA } from '#domain';
import { SealingCodec } from './payload-codec.js';

const key = (id: string, fill: number) => ({ id, key: Buffer.alloc(32, fill) });
const OLD = key('2026-01', 1);
const NEW = key('2026-07', 2);
const comment = { comment: 'Bias audit missing for 장애인 applicants', actor: { id: 'park.expert' } };
const plain = defaultPayloadConverter.toPayload(comment);
const text = (bytes?: Uint8Array | null) => Buffer.from(bytes ?? []).toString();
const valueOf = (payload: Payload) => defaultPayloadConverter.fromPayload(payload);

describe('the payload codec', () => {
  it('seals with AES-256-GCM under the first key id: nothing of the value shows', async () => {
    const [sealed] = await new SealingCodec([NEW, OLD]).encode([plain]);
    expect(text(sealed.metadata!.encoding)).toBe('binary/encrypted');
    expect(text(sealed.metadata!['encryption-key-id'])).toBe('2026-07');
    expect(text(sealed.data)).not.toContain('park.expert');
    expect(Buffer.from(sealed.data!).toString('latin1')).not.toContain('applicants');
    // A fresh IV each time: the same value never seals to the same bytes.
    const [again] = await new SealingCodec([NEW]).encode([plain]);
    expect(Buffer.from(again.data!).equals(Buffer.from(sealed.data!))).toBe(false);
  });

  it('opens what any listed key sealed, marked as sealed: keys rotate without a cut', async () => {
    const [byOld] = await new SealingCodec([OLD]).encode([plain]);
    const rotated = new SealingCodec([NEW, OLD]);
    const [opened] = await rotated.decode([byOld]);
    expect(valueOf(opened)).toEqual(comment);
    expect(text(opened.metadata![SEALED_METADATA])).toBe('2026-01');
    const [reSealed] = await rotated.encode([opened]);
    expect(text(reSealed.metadata!['encryption-key-id'])).toBe('2026-07');
  });

  it('opens nothing without its key, nor anything tampered with, and marks neither', async () => {
    const [sealed] = await new SealingCodec([OLD]).encode([plain]);
    const flipped = Buffer.from(sealed.data!);
    flipped[20] ^= 1; // one bit of the ciphertext
    const tampered = { ...sealed, data: flipped };
    const relabelled = { ...sealed, metadata: { ...sealed.metadata, 'encryption-key-id': Buffer.from('2026-07') } };
    const codec = new SealingCodec([NEW]);
    const [unknown] = await codec.decode([sealed]);
    const twoKeys = new SealingCodec([NEW, OLD]);
    for (const opened of [unknown, ...(await twoKeys.decode([tampered, relabelled]))]) {
      expect(text(opened.metadata!.encoding)).toBe('binary/bareun-undecodable');
      expect(opened.metadata![SEALED_METADATA]).toBeUndefined();
      expect(() => valueOf(opened)).toThrow(/Unknown encoding/);
    }
  });

  it('passes a plain payload (histories from before the codec) as it is, stripped of a seal mark someone else set', async () => {
    const forged = { ...plain, metadata: { ...plain.metadata, [SEALED_METADATA]: Buffer.from('2026-07') } };
    const [opened, forgedOpened] = await new SealingCodec([NEW]).decode([plain, forged]);
    expect(opened).toEqual(plain);
    expect(forgedOpened).toEqual(plain);
  });

  it('reveals for the UI what opens, without the mark, and leaves the rest as it was', async () => {
    const [sealed] = await new SealingCodec([NEW]).encode([plain]);
    const [foreign] = await new SealingCodec([key('other', 9)]).encode([plain]);
    const [revealed, notOurs, asItWas] = new SealingCodec([NEW]).reveal([sealed, foreign, plain]);
    expect(revealed).toEqual(plain);
    expect(notOurs).toEqual(foreign);
    expect(asItWas).toEqual(plain);
  });
});
