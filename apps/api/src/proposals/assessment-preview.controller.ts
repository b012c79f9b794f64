import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#domain';
import type { Language } from '#domain/texts';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { ReaderLanguage } from '../common/reader-language.js';
import { uuidParam } from '../common/validation.js';
import { AssessmentPreviewDto, AssessmentPreviewView } from './assessment-preview.dto.js';
import { AssessmentPreviewService } from './assessment-preview.service.js';

@ApiTags('proposals')
@Controller('api/proposals')
export class AssessmentPreviewController {
  constructor(private readonly previews: AssessmentPreviewService) {}

  /** The score and tier the draft would get with these answers, before anything is saved or submitted. */
  @Post(':id/assessment/preview')
  @HttpCode(200)
  @Allow('department_manager')
  @ApiOkResponse({ type: AssessmentPreviewView })
  @ApiBadRequestResponse({ description: 'an answer names an unknown question or option' })
  @ApiNotFoundResponse({ description: 'no such proposal in your department' })
  preview(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) proposalId: string,
    @Body() dto: AssessmentPreviewDto,
    @ReaderLanguage() language: Language,
  ): Promise<AssessmentPreviewView> {
    return this.previews.preview(actor, proposalId, dto, language);
  }
}
