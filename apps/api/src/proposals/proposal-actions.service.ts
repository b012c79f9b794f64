// The department's steps on a submitted proposal (revise, withdraw, record deployment) and incident
// reports. Each is checked here on the read model — who, which stage, what the body says — so that a
// refusal is a clear error that touches nothing; then the workflow, which checks again, performs it.
import { Injectable } from '@nestjs/common';
import {
  type Actor,
  type Language,
  evidenceProblems,
  hasRole,
  recordDeploymentUpdate,
  refuse,
  refuseFields,
  reportIncidentUpdate,
  reviseUpdate,
  withdrawUpdate,
} from '#domain';
import { ProposalsRepository } from '#persistence';
import { LifecycleGateway, RefusedException } from '#temporal';
import type { DeploymentDto, IncidentDto, RevisionDto, WithdrawDto } from './proposal-actions.dto.js';
import type { ProposalView } from './proposal.view.js';
import { requireStage } from './require-stage.js';
import { ProposalsService } from './proposals.service.js';

@Injectable()
export class ProposalActionsService {
  constructor(
    private readonly repository: ProposalsRepository,
    private readonly proposals: ProposalsService,
    private readonly lifecycle: LifecycleGateway,
  ) {}

  async revise(actor: Actor, id: string, { reply, answers, changes }: RevisionDto, language?: Language): Promise<ProposalView> {
    const row = await this.proposals.findOwn(actor, id);
    requireStage(row, 'revise');
    // The revision is re-scored as a whole: with the new answers, nothing its tier requires may be missing.
    this.proposals.checkProposal(row.policyVersion, {
      sent: answers,
      answers: { ...row.answers, ...answers },
      declared: row,
      submitting: true,
    });
    await this.lifecycle.update(id, reviseUpdate, { actor, reply, answers, changes: changes && { ...changes } });
    return this.proposals.detail(actor, id, language);
  }

  async withdraw(actor: Actor, id: string, { reason }: WithdrawDto, language?: Language): Promise<ProposalView> {
    const row = await this.proposals.findOwn(actor, id);
    requireStage(row, 'withdraw');
    await this.lifecycle.update(id, withdrawUpdate, { actor, reason });
    return this.proposals.detail(actor, id, language);
  }

  async recordDeployment(
    actor: Actor,
    id: string,
    { version, evidence }: DeploymentDto,
    language?: Language,
  ): Promise<ProposalView> {
    const row = await this.proposals.findOwn(actor, id);
    requireStage(row, 'deploy');
    const problems = evidenceProblems(await this.proposals.conditionRows(id), evidence);
    if (problems.length > 0) throw new RefusedException(refuseFields(problems));
    await this.lifecycle.update(id, recordDeploymentUpdate, { actor, version, evidence });
    return this.proposals.detail(actor, id, language);
  }

  /** The department reports on its own systems; an administrator on any. */
  async reportIncident(
    actor: Actor,
    id: string,
    { severity, description }: IncidentDto,
    language?: Language,
  ): Promise<ProposalView> {
    const row = hasRole(actor, 'admin') ? await this.repository.findById(id) : await this.proposals.findOwn(actor, id);
    if (!row) throw new RefusedException(refuse('proposal_not_found', { id }));
    requireStage(row, 'report_incident');
    await this.lifecycle.update(id, reportIncidentUpdate, { actor, severity, description });
    return this.proposals.detail(actor, id, language);
  }
}
