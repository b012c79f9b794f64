// The stalled board's row of a proposal whose write needs attention (workflows/attention.ts). Best-effort: the
// workflow retries it for a while and then lets it go; reconcile writes what is still missing.
import { Injectable } from '@nestjs/common';
import type { AttentionActivities, AttentionNeeded } from '#domain';
import { AttentionRepository } from '#persistence';

@Injectable()
export class AttentionActivitiesService implements AttentionActivities {
  constructor(private readonly attention: AttentionRepository) {}

  async recordAttention({ proposalId, attention }: { proposalId: string; attention: AttentionNeeded | null }): Promise<void> {
    if (!attention) return this.attention.remove(proposalId, 'write_failed');
    await this.attention.record(attentionRow(proposalId, attention));
  }
}

export const attentionRow = (proposalId: string, a: AttentionNeeded) => ({
  proposalId,
  reason: 'write_failed' as const,
  activity: a.activity,
  error: a.error,
  since: new Date(a.since),
  retries: a.retries,
  retrying: a.retrying,
});
