import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor, Language } from '#domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { Idempotent } from '../common/idempotency.interceptor.js';
import { ReaderLanguage } from '../common/reader-language.js';
import { uuidParam } from '../common/validation.js';
import { DeploymentDto, IncidentDto, RevisionDto, WithdrawDto } from './proposal-actions.dto.js';
import { ProposalActionsService } from './proposal-actions.service.js';
import { ProposalView } from './proposal.view.js';

const id = uuidParam();

/** Steps on a submitted proposal that its lifecycle workflow performs. */
@ApiTags('proposals')
@ApiNotFoundResponse({ description: 'no such proposal in your department' })
@ApiServiceUnavailableResponse({ description: 'Temporal is unreachable; nothing was done, try again later' })
@Controller('api/proposals')
export class ProposalActionsController {
  constructor(private readonly actions: ProposalActionsService) {}

  @Post(':id/revisions')
  @HttpCode(200)
  @Allow('department_manager')
  @Idempotent()
  @ApiOkResponse({ type: ProposalView, description: 'the revision is in; the proposal is re-screened for a new round' })
  @ApiBadRequestResponse({ description: 'a field or an answer is invalid, or a required answer is missing' })
  @ApiConflictResponse({ description: 'the proposal is not in REVISION_REQUESTED or REMEDIATION, or its revision is in already' })
  revise(
    @CurrentActor() actor: Actor,
    @Param('id', id) proposalId: string,
    @Body() dto: RevisionDto,
    @ReaderLanguage() language: Language,
  ) {
    return this.actions.revise(actor, proposalId, dto, language);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Allow('department_manager')
  @Idempotent()
  @ApiOkResponse({ type: ProposalView, description: 'WITHDRAWN; open tasks are cancelled' })
  @ApiBadRequestResponse({ description: 'the reason is missing or too long' })
  @ApiConflictResponse({ description: 'the proposal is a draft, deployed already, closed, or being withdrawn already' })
  withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', id) proposalId: string,
    @Body() dto: WithdrawDto,
    @ReaderLanguage() language: Language,
  ) {
    return this.actions.withdraw(actor, proposalId, dto, language);
  }

  @Post(':id/deployment')
  @HttpCode(200)
  @Allow('department_manager')
  @Idempotent()
  @ApiOkResponse({ type: ProposalView, description: 'DEPLOYED: the register entry is published, re-audits scheduled' })
  @ApiBadRequestResponse({ description: 'the version is missing, or evidence is missing for a condition or names none' })
  @ApiConflictResponse({ description: 'the proposal is not APPROVED' })
  recordDeployment(
    @CurrentActor() actor: Actor,
    @Param('id', id) proposalId: string,
    @Body() dto: DeploymentDto,
    @ReaderLanguage() language: Language,
  ) {
    return this.actions.recordDeployment(actor, proposalId, dto, language);
  }

  @Post(':id/incidents')
  @Allow('department_manager', 'admin')
  @Idempotent()
  @ApiCreatedResponse({ type: ProposalView, description: 'the incident is recorded; the workflow re-audits or suspends' })
  @ApiBadRequestResponse({ description: 'the severity or the description is invalid' })
  @ApiConflictResponse({ description: 'the system is not in operation' })
  reportIncident(
    @CurrentActor() actor: Actor,
    @Param('id', id) proposalId: string,
    @Body() dto: IncidentDto,
    @ReaderLanguage() language: Language,
  ) {
    return this.actions.reportIncident(actor, proposalId, dto, language);
  }
}
