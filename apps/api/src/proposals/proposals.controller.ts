import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Actor } from '#domain';
import { RefusedException } from '#temporal';
import type { Language } from '#domain/texts';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { Idempotent } from '../common/idempotency.interceptor.js';
import { AuditPageQuery, ProposalListQuery } from '../common/params.js';
import { ReaderLanguage } from '../common/reader-language.js';
import { uuidParam } from '../common/validation.js';
import { CreateProposalDto, UpdateProposalDto } from './proposal.dto.js';
import { AuditEntryView, AuditVerificationView, ProposalPageView, ProposalView } from './proposal.view.js';
import { ProposalsService } from './proposals.service.js';

const id = uuidParam();
const ALL_ROLES = ['department_manager', 'foundation_expert', 'ethics_officer', 'admin'] as const;

@ApiTags('proposals')
@ApiNotFoundResponse({ description: 'no such proposal, or not one you may see' })
@Controller('api/proposals')
export class ProposalsController {
  constructor(private readonly proposals: ProposalsService) {}

  @Post()
  @Allow('department_manager')
  @Idempotent()
  @ApiCreatedResponse({ type: ProposalView })
  @ApiBadRequestResponse({ description: 'a field or an answer is invalid; fields names it' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateProposalDto) {
    return this.proposals.create(actor, dto);
  }

  @Patch(':id')
  @Allow('department_manager')
  @ApiOkResponse({ type: ProposalView })
  @ApiBadRequestResponse({ description: 'a field or an answer is invalid' })
  @ApiConflictResponse({ description: 'the proposal is no longer a draft' })
  @ApiUnprocessableEntityResponse({
    description: 'the fields disagree with each other or with the stored draft (a vendor system with no vendor)',
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', id) proposalId: string,
    @Body() dto: UpdateProposalDto,
    @ReaderLanguage() language: Language,
  ) {
    return this.proposals.update(actor, proposalId, dto, language);
  }

  @Post(':id/submit')
  @HttpCode(202)
  @Allow('department_manager')
  @ApiUnprocessableEntityResponse({
    description: 'the draft lacks required answers (fields names them)',
  })
  @Idempotent()
  @ApiAcceptedResponse({ type: ProposalView, description: 'the lifecycle workflow runs' })
  @ApiConflictResponse({ description: 'the proposal is not a draft (submitted already, or closed)' })
  @ApiServiceUnavailableResponse({ description: 'Temporal is unreachable; submit again later' })
  async submit(@CurrentActor() actor: Actor, @Param('id', id) proposalId: string, @ReaderLanguage() language: Language) {
    try {
      return await this.proposals.submit(actor, proposalId, language);
    } catch (error) {
      // The request has no body and its id is valid: what is wrong is the stored draft, so 422, not 400.
      if (error instanceof RefusedException && error.refusal.kind === 'invalid') {
        throw new RefusedException({ ...error.refusal, kind: 'unprocessable' });
      }
      throw error;
    }
  }

  @Get()
  @Allow(...ALL_ROLES)
  @ApiOkResponse({
    type: ProposalPageView,
    description:
      "managers: their department; experts and officers: those with a task of their groups, never their own department's nor a conflicted one's; admins: all",
  })
  list(@CurrentActor() actor: Actor, @Query() query: ProposalListQuery, @ReaderLanguage() language: Language) {
    return this.proposals.list(actor, query, language);
  }

  @Get(':id')
  @Allow(...ALL_ROLES)
  @ApiOkResponse({ type: ProposalView })
  detail(@CurrentActor() actor: Actor, @Param('id', id) proposalId: string, @ReaderLanguage() language: Language) {
    return this.proposals.detail(actor, proposalId, language);
  }

  @Get(':id/audit')
  @Allow(...ALL_ROLES)
  @ApiOkResponse({
    type: [AuditEntryView],
    description: 'every transition and decision, oldest first; the whole count in X-Total-Count',
    headers: { 'X-Total-Count': { schema: { type: 'integer' }, description: 'entries over all pages' } },
  })
  async audit(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) proposalId: string,
    @Query() page: AuditPageQuery,
    @Res({ passthrough: true }) response: Response,
    @ReaderLanguage() language: Language,
  ) {
    const { rows, total } = await this.proposals.audit(actor, proposalId, page);
    response.setHeader('X-Total-Count', String(total));
    return rows.map((row) => AuditEntryView.of(row, language));
  }

  @Get(':id/audit/verify')
  @Allow(...ALL_ROLES)
  @ApiOkResponse({ type: AuditVerificationView, description: 'whether every entry still matches its hash chain' })
  verifyAudit(@CurrentActor() actor: Actor, @Param('id', id) proposalId: string) {
    return this.proposals.verifyAudit(actor, proposalId);
  }
}
