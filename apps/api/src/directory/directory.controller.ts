import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Actor } from '#domain';
import { Allow, CurrentActor } from '../auth/access.decorators.js';
import { DirectoryService } from './directory.service.js';
import { UpdateUserDto, UserListQuery } from './user.dto.js';
import { UserDetailView, UserPageView } from './user.view.js';

const userId = { name: 'id', description: 'the person’s `sub`', example: 'park.expert' };

/** The directory of people seen in tokens: admins only (each endpoint says so, the service checks again). */
@ApiTags('admin: users')
@Controller('api/admin/users')
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get()
  @Allow('admin')
  @ApiOkResponse({ type: UserPageView, description: 'people in the directory, by id' })
  @ApiBadRequestResponse({ description: 'a filter or the paging is invalid; fields names it' })
  list(@CurrentActor() actor: Actor, @Query() query: UserListQuery) {
    return this.directory.list(actor, query);
  }

  @Get(':id')
  @Allow('admin')
  @ApiParam(userId)
  @ApiOkResponse({ type: UserDetailView, description: 'the person, with the latest changes to their entry' })
  @ApiNotFoundResponse({ description: 'no such person in the directory' })
  detail(@CurrentActor() actor: Actor, @Param('id') id: string) {
    return this.directory.detail(actor, id.slice(0, 200));
  }

  @Patch(':id')
  @Allow('admin')
  @ApiParam(userId)
  @ApiOkResponse({ type: UserDetailView, description: 'the edited entry; the change is recorded, old → new' })
  @ApiBadRequestResponse({ description: 'an unknown field, a bad domain or conflict, or nothing to change' })
  @ApiForbiddenResponse({ description: 'not an admin, or deactivating yourself' })
  @ApiUnprocessableEntityResponse({ description: 'a declared conflict names a proposal id of no proposal' })
  @ApiNotFoundResponse({ description: 'no such person in the directory' })
  update(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() dto: UpdateUserDto) {
    return this.directory.update(actor, id.slice(0, 200), dto);
  }
}
