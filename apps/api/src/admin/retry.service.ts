// An administrator's retry of the write a proposal's lifecycle waits on (docs/operations.md#needs-attention):
// the API checks who asks and that the proposal exists; the workflow's validator refuses when nothing waits.
import { Injectable } from '@nestjs/common';
import { type Actor, refuse, retryWriteUpdate } from '#domain';
import { ProposalsRepository } from '#persistence';
import { LifecycleGateway, RefusedException } from '#temporal';
import type { RetryView } from './attention.view.js';
import { requireAdmin } from './stalled.service.js';

@Injectable()
export class RetryService {
  constructor(
    private readonly proposals: ProposalsRepository,
    private readonly lifecycle: LifecycleGateway,
  ) {}

  async retry(admin: Actor, proposalId: string): Promise<RetryView> {
    requireAdmin(admin);
    const proposal = await this.proposals.findById(proposalId);
    if (!proposal || proposal.status === 'DRAFT') throw new RefusedException(refuse('proposal_not_found', { id: proposalId }));
    const retried = await this.lifecycle.update(proposalId, retryWriteUpdate, { actor: admin });
    const { activity, error, since, retries } = retried;
    return { proposalId, activity, error, since, retries };
  }
}
