// The department's steps on a submitted proposal (revise, withdraw, record deployment) and incident
// reports. Each is checked here on the read model — who, which stage, what the body says — so that a
// refusal is a clear error that touches nothing; then the workflow, which checks again, performs it.
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  type Actor,
  evidenceProblems,
  hasRole,
  IN_OPERATION,
  type ProposalStatus,
  recordDeploymentUpdate,
  reportIncidentUpdate,
  reviseUpdate,
  WITHDRAWABLE,
  withdrawUpdate,
} from '#domain';
import { type ProposalEntity, ProposalsRepository } from '#persistence';
import { LifecycleGateway } from '#temporal';
import type { DeploymentDto, IncidentDto, RevisionDto, WithdrawDto } from './proposal-actions.dto.js';
import type { ProposalView } from './proposal.view.js';
import { ProposalsService } from './proposals.service.js';

const REVISABLE: readonly ProposalStatus[] = ['REVISION_REQUESTED', 'REMEDIATION'];

@Injectable()
export class ProposalActionsService {
  constructor(
    private readonly repository: ProposalsRepository,
    private readonly proposals: ProposalsService,
    private readonly lifecycle: LifecycleGateway,
  ) {}

  async revise(actor: Actor, id: string, { reply, answers, changes }: RevisionDto): Promise<ProposalView> {
    const row = await this.proposals.findOwn(actor, id);
    requireStatus(row, REVISABLE, 'a revision');
    if (answers) {
      this.proposals.checkAnswers(row.policyVersion, answers);
      // The revision is re-scored as a whole: with the new answers, nothing required may be missing.
      this.proposals.checkAnswers(row.policyVersion, { ...row.answers, ...answers }, row);
    }
    await this.lifecycle.update(id, reviseUpdate, { actor, reply, answers, changes: changes && { ...changes } });
    return this.proposals.detail(actor, id);
  }

  async withdraw(actor: Actor, id: string, { reason }: WithdrawDto): Promise<ProposalView> {
    const row = await this.proposals.findOwn(actor, id);
    requireStatus(row, WITHDRAWABLE, 'withdrawing');
    await this.lifecycle.update(id, withdrawUpdate, { actor, reason });
    return this.proposals.detail(actor, id);
  }

  async recordDeployment(actor: Actor, id: string, { version, evidence }: DeploymentDto): Promise<ProposalView> {
    const row = await this.proposals.findOwn(actor, id);
    requireStatus(row, ['APPROVED'], 'recording a deployment');
    const problems = evidenceProblems(await this.proposals.conditionRows(id), evidence);
    if (problems.length > 0) throw new BadRequestException(problems);
    await this.lifecycle.update(id, recordDeploymentUpdate, { actor, version, evidence });
    return this.proposals.detail(actor, id);
  }

  /** The department reports on its own systems; an administrator on any. */
  async reportIncident(actor: Actor, id: string, { severity, description }: IncidentDto): Promise<ProposalView> {
    const row = hasRole(actor, 'admin') ? await this.repository.findById(id) : await this.proposals.findOwn(actor, id);
    if (!row) throw new NotFoundException(`no proposal ${id}`);
    requireStatus(row, IN_OPERATION, 'reporting an incident');
    await this.lifecycle.update(id, reportIncidentUpdate, { actor, severity, description });
    return this.proposals.detail(actor, id);
  }
}

function requireStatus(row: ProposalEntity, allowed: readonly ProposalStatus[], step: string): void {
  if (allowed.includes(row.status)) return;
  const stages = `${allowed.slice(0, -1).join(', ')}${allowed.length > 1 ? ' or ' : ''}${allowed.at(-1)}`;
  throw new ConflictException(`${step} needs the proposal in ${stages}; it is ${row.status}`);
}
