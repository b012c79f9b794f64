import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InvalidTokenError, verifyToken } from '../../../../libs/auth/src/index.js';
import { API_CONFIG } from '../common/api-config.js';
import type { ApiConfig } from '../../../../libs/config/src/index.js';
import { type Access, ACCESS_KEY, type AuthenticatedRequest } from './access.decorators.js';

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!access) throw new ForbiddenException('this endpoint declares no access rule');
    if (access.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest & { headers: Record<string, string | undefined> }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('a bearer token is required');
    try {
      request.actor = verifyToken(token, this.config.AUTH_JWT_SECRET);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw new UnauthorizedException('the bearer token is invalid or expired');
      throw error;
    }
    if (access.kind === 'roles' && !access.roles.some((role) => request.actor!.roles.includes(role))) {
      throw new ForbiddenException(`this needs the role ${access.roles.join(' or ')}`);
    }
    return true;
  }
}
