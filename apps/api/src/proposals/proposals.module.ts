import { Module } from '@nestjs/common';
import { AssessmentPreviewController } from './assessment-preview.controller.js';
import { AssessmentPreviewService } from './assessment-preview.service.js';
import { AuditVerifier } from './audit-verifier.js';
import { ProposalActionsController } from './proposal-actions.controller.js';
import { ProposalActionsService } from './proposal-actions.service.js';
import { ProposalsController } from './proposals.controller.js';
import { ProposalsService } from './proposals.service.js';
import { QuestionnaireController } from './questionnaire.controller.js';

/** Drafts, their assessment and questionnaire, and the department's steps on a submitted proposal. */
@Module({
  controllers: [QuestionnaireController, ProposalsController, ProposalActionsController, AssessmentPreviewController],
  providers: [ProposalsService, ProposalActionsService, AssessmentPreviewService, AuditVerifier],
})
export class ProposalsModule {}
