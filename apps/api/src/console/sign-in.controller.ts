// How the web console signs people in. With DEV_SIGN_IN=true (set by `npm start` and the test stack, never
// in production) the API signs a development token for a demo user; otherwise that endpoint does not exist
// for the caller (404), so no deployment can mint tokens by accident. Even on, it answers callers on this
// machine only (403 otherwise): a laptop running `npm start` on a shared network mints no token for a neighbour.
import { Body, Controller, Get, HttpCode, Inject, Post, Req } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { signToken } from '#auth';
import type { ApiConfig } from '#config';
import { refuse, refuseField } from '#domain';
import { DEMO_USERS } from '#persistence';
import { RefusedException } from '#temporal';
import { Public } from '../auth/access.decorators.js';
import { API_CONFIG } from '../common/api-config.js';
import { DevelopmentSignInDto, DevelopmentTokenView, SignInOptionsView } from './sign-in.view.js';

@ApiTags('sign-in')
@Controller('api/sign-in')
export class SignInController {
  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: SignInOptionsView })
  options(): SignInOptionsView {
    const { DEV_SIGN_IN, OIDC_AUTHORIZATION_URL, OIDC_TOKEN_URL, OIDC_CLIENT_ID, OIDC_SCOPE } = this.config;
    if (DEV_SIGN_IN) {
      const users = DEMO_USERS.map((u) => ({ id: u.id, name: u.name, roles: u.roles, department: u.departmentCode }));
      return { mode: 'development', users };
    }
    if (OIDC_AUTHORIZATION_URL && OIDC_TOKEN_URL && OIDC_CLIENT_ID) {
      const oidc = {
        authorizationUrl: OIDC_AUTHORIZATION_URL,
        tokenUrl: OIDC_TOKEN_URL,
        clientId: OIDC_CLIENT_ID,
        scope: OIDC_SCOPE,
        rolesClaim: this.config.AUTH_ROLES_CLAIM,
      };
      return { mode: 'oidc', oidc };
    }
    return { mode: 'none' };
  }

  @Post('development')
  @HttpCode(200)
  @Public({ limited: false }) // development only, and for this machine alone: a limit would guard nothing
  @ApiOkResponse({ type: DevelopmentTokenView })
  @ApiNotFoundResponse({ description: 'development sign-in is off on this server, or there is no such demo user' })
  @ApiForbiddenResponse({ description: 'the caller is not on this machine (or came through a proxy)' })
  developmentToken(@Body() dto: DevelopmentSignInDto, @Req() request: Pick<Request, 'socket' | 'headers'>): DevelopmentTokenView {
    const secret = this.config.AUTH_JWT_SECRET;
    if (!this.config.DEV_SIGN_IN || !secret) throw new RefusedException(refuse('dev_sign_in_off', {}));
    if (!isLocalCaller(request)) throw new RefusedException(refuse('dev_sign_in_local_only', {}));
    const user = DEMO_USERS.find((u) => u.id === dto.userId);
    if (!user) throw new RefusedException(refuseField('userId', 'demo_user_not_found', { user: dto.userId }));
    const claims = { sub: user.id, name: user.name, roles: user.roles, dept: user.departmentCode, domains: user.domains };
    return {
      token: signToken(claims, secret, { issuer: this.config.AUTH_ISSUER, audience: this.config.AUTH_AUDIENCE }),
    };
  }
}

/**
 * The peer of the connection itself is this machine, and no proxy speaks for someone else: the socket's
 * address, never X-Forwarded-For, which a caller may write.
 */
function isLocalCaller({ socket, headers }: Pick<Request, 'socket' | 'headers'>): boolean {
  const peer = socket.remoteAddress ?? '';
  const loopback = /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/i.test(peer) || peer === '::1';
  return loopback && headers['x-forwarded-for'] === undefined && headers.forwarded === undefined;
}
