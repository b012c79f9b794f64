// The daily audit digest (libs/persistence/src/audit-digest.ts): every proposal's chain head, signed and
// linked to the day before, appended once a day by a Temporal Schedule (workflows/audit-digest.ts).
import { Injectable } from '@nestjs/common';
import type { AuditDigestActivities } from '#domain';
import { AuditDigestsRepository, DigestSigningKey } from '#persistence';

/** The calendar day a person in Seoul reads, as YYYY-MM-DD. */
const seoulDay = (at: Date): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(at);

@Injectable()
export class AuditDigestService implements AuditDigestActivities {
  constructor(
    private readonly digests: AuditDigestsRepository,
    private readonly key: DigestSigningKey,
  ) {}

  async publishAuditDigest(): Promise<{ day: string; chains: number; digestHash: string }> {
    const chains = await this.digests.chainHeads();
    const at = new Date();
    const digest = await this.digests.appendLinked((previous) =>
      this.key.sign(seoulDay(at), at, previous?.digestHash ?? null, chains),
    );
    return { day: digest.day, chains: chains.length, digestHash: digest.digestHash };
  }
}
