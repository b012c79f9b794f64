import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators.js';
import { PageQuery } from '../common/params.js';
import { RegisterPageView } from './register.view.js';
import { RegisterService } from './register.service.js';

@ApiTags('register')
@Controller('api/register')
export class RegisterController {
  constructor(private readonly register: RegisterService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: RegisterPageView, description: 'the AI systems the city has deployed, newest first; no sign-in' })
  @ApiBadRequestResponse({ description: 'limit or offset is out of range' })
  list(@Query() query: PageQuery) {
    return this.register.list(query);
  }
}
