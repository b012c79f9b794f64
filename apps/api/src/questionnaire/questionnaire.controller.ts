import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { policyFor } from '../../../../libs/domain/src/index.js';
import { SignedIn } from '../auth/access.decorators.js';

@ApiTags('questionnaire')
@Controller('api/questionnaire')
export class QuestionnaireController {
  @Get()
  @SignedIn()
  @ApiOkResponse({ description: "the current policy's questions: {version, sections:[{id, title, questions:[...]}]}" })
  current() {
    const { version, sections } = policyFor();
    return {
      version,
      sections: sections.map((section) => ({
        id: section.id,
        title: section.title,
        questions: section.questions.map(({ id, text, kind, required, concerns, options }) => ({
          id,
          text,
          kind,
          required,
          concerns,
          options: options.map(({ id: optionId, label }) => ({ id: optionId, label })),
        })),
      })),
    };
  }
}
