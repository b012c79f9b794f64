// The daily audit digest: every proposal's chain head (entries, newest hash) in one signed document, each
// naming the previous digest by its hash. Published at GET /api/register/audit-digest with the public key, so
// anyone who kept a copy can later tell a rewritten log (a head that went back or changed) or a rewritten
// history of digests (a broken link, or a signature that does not verify).
import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import type { AuditHead } from '#domain';

export interface ChainHead {
  proposalId: string;
  entries: number;
  lastHash: string;
}

/** What is signed, in this order of keys (the body is stored and served exactly as signed). */
interface DigestBody {
  kind: 'bareun-audit-digest';
  day: string;
  at: string;
  previousDigestHash: string | null;
  keyId: string;
  chains: ChainHead[];
}

export interface SignedDigest {
  day: string;
  at: string;
  body: string;
  digestHash: string;
  keyId: string;
  signature: string;
}

/** AUDIT_DIGEST_SIGNING_KEY: signs digests; its public half is what readers verify with. */
export class DigestSigningKey {
  private readonly privateKey: KeyObject;
  /** The public key, SPKI DER in base64. */
  readonly publicKey: string;
  readonly publicKeyPem: string;
  readonly id: string;

  constructor(base64Pkcs8: string) {
    this.privateKey = createPrivateKey({ key: Buffer.from(base64Pkcs8, 'base64'), format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey(this.privateKey);
    const der = publicKey.export({ format: 'der', type: 'spki' });
    this.publicKey = der.toString('base64');
    this.publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    this.id = createHash('sha256').update(der).digest('hex').slice(0, 16);
  }

  /** The proposal's head in `digest`, if its signature holds under this key and it names the proposal. */
  headIn(digest: SignedDigest | undefined, proposalId: string): AuditHead | null {
    if (!digest || digest.keyId !== this.id) return null;
    if (!verify(null, Buffer.from(digest.body), createPublicKey(this.privateKey), Buffer.from(digest.signature, 'base64')))
      return null;
    const chain = (JSON.parse(digest.body) as DigestBody).chains.find((c) => c.proposalId === proposalId);
    return chain ? { entries: chain.entries, lastHash: chain.lastHash } : null;
  }

  /** The digest of `chains` for `day`, linked to the previous digest, signed (Ed25519 over the body's UTF-8). */
  sign(day: string, at: Date, previousDigestHash: string | null, chains: ChainHead[]): SignedDigest {
    const content: DigestBody = {
      kind: 'bareun-audit-digest',
      day,
      at: at.toISOString(),
      previousDigestHash,
      keyId: this.id,
      chains,
    };
    const body = JSON.stringify(content);
    return {
      day,
      at: content.at,
      body,
      digestHash: createHash('sha256').update(body).digest('hex'),
      keyId: this.id,
      signature: sign(null, Buffer.from(body), this.privateKey).toString('base64'),
    };
  }
}
