import { ApiProperty } from '@nestjs/swagger';
import type { DigestSigningKey, SignedDigest } from '#persistence';

/** One day's signed digest of every proposal's audit chain head, with what a reader needs to check it. */
export class AuditDigestView {
  @ApiProperty({ format: 'date', example: '2026-12-02', description: 'the day (Asia/Seoul) it was published for' }) day: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({
    description:
      'the signed JSON, exactly as signed: {kind, day, at, previousDigestHash, keyId, chains: [{proposalId, entries, lastHash}]}',
  })
  body: string;
  @ApiProperty({ description: "SHA-256 of body (hex): the next day's digest names it as previousDigestHash" }) digestHash: string;
  @ApiProperty({ description: 'Ed25519 signature of body (UTF-8), base64' }) signature: string;
  @ApiProperty({ description: 'the signing key it was made with' }) keyId: string;
  @ApiProperty({ description: "the API's current public key, SPKI DER in base64: verify the signature with it" })
  publicKey: string;
  @ApiProperty({ description: 'the same key in PEM' }) publicKeyPem: string;
  @ApiProperty({ description: "the current public key's id: a digest with another keyId was signed with a key since replaced" })
  publicKeyId: string;

  static of(digest: SignedDigest, key: DigestSigningKey): AuditDigestView {
    return { ...digest, publicKey: key.publicKey, publicKeyPem: key.publicKeyPem, publicKeyId: key.id };
  }
}

export class AuditDigestPageView {
  @ApiProperty({ type: [AuditDigestView], description: 'newest first' }) items: AuditDigestView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
