// Verification of a proposal's audit log against what PostgreSQL alone cannot forge: each entry's HMAC (a
// key the database never holds), the chain's head as the proposal's workflow kept it, and its head in the newest
// signed digest, which outlives the workflow's run (docs/security.md).
import { Injectable } from '@nestjs/common';
import {
  AuditDigestsRepository,
  AuditKey,
  AuditLogRepository,
  type ChainVerdict,
  DigestSigningKey,
  verifyChain,
} from '#persistence';
import { LifecycleGateway } from '#temporal';

@Injectable()
export class AuditVerifier {
  constructor(
    private readonly auditLog: AuditLogRepository,
    private readonly auditKey: AuditKey,
    private readonly lifecycle: LifecycleGateway,
    private readonly digests: AuditDigestsRepository,
    private readonly digestKey: DigestSigningKey,
  ) {}

  /** Whether the log is as written: intact, the first entry that does not hold, or what is missing from it. */
  async verify(proposalId: string): Promise<ChainVerdict> {
    const [rows, macs, keyedAfterSeq, head, digest] = await Promise.all([
      this.auditLog.ofProposal(proposalId),
      this.auditLog.macsOf(proposalId),
      this.auditLog.keyedAfterSeq(),
      this.lifecycle.auditHead(proposalId),
      this.digests.latest(),
    ]);
    const digestHead = this.digestKey.headIn(digest, proposalId);
    return verifyChain(rows, { key: this.auditKey, macs, keyedAfterSeq, head, digestHead });
  }
}
