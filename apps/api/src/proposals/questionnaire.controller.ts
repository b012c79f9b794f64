import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { policyFor } from '#domain';
import { SignedIn } from '../auth/access.decorators.js';
import { QuestionnaireView } from './questionnaire.view.js';

@ApiTags('questionnaire')
@Controller('api/questionnaire')
export class QuestionnaireController {
  @Get()
  @SignedIn()
  @ApiOkResponse({ type: QuestionnaireView, description: "the current policy's questions, in Korean and English" })
  current(): QuestionnaireView {
    return QuestionnaireView.of(policyFor());
  }
}
