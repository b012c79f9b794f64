import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { InvalidTokenError, SignOnUnavailableError, type TokenIdentity, tokenVerifier, type TokenVerifier } from '#auth';
import type { ApiConfig } from '#config';
import { refuse } from '#domain';
import { actorFromUser, DirectoryRepository, resolveDirectoryUser } from '#persistence';
import { RefusedException } from '#temporal';
import { API_CONFIG } from '../common/api-config.js';
import { RateLimits, TooManyRequests } from '../common/rate-limits.js';
import { type Access, ACCESS_KEY, type AuthenticatedRequest } from './access.decorators.js';

/** Verifies the bearer token, finds its bearer in the directory, and holds the endpoint's access rule. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly verifier: TokenVerifier;

  constructor(
    private readonly reflector: Reflector,
    @Inject(API_CONFIG) config: ApiConfig,
    private readonly directory: DirectoryRepository,
    private readonly limits: RateLimits,
  ) {
    this.verifier = tokenVerifier(config);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (!access) throw new RefusedException(refuse('endpoint_without_access_rule', {}));
    if (access.kind === 'public') return true;

    const request = context
      .switchToHttp()
      .getRequest<AuthenticatedRequest & { headers: Record<string, string | undefined>; ip?: string }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new RefusedException(refuse('token_required', {}));
    const user = await resolveDirectoryUser(this.directory, await this.identify(token, request.ip));
    if (!user.active) throw new RefusedException(refuse('user_deactivated', { user: user.id }));
    request.actor = actorFromUser(user);
    if (access.kind === 'roles' && !access.roles.some((role) => request.actor!.roles.includes(role))) {
      throw new RefusedException(refuse('role_required', { roles: access.roles }));
    }
    return true;
  }

  /** The token's bearer; a token that fails verification counts against its address (RateLimits). */
  private async identify(token: string, address: string | undefined): Promise<TokenIdentity> {
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof SignOnUnavailableError) {
        throw new RefusedException(refuse('sign_on_unavailable', {}));
      }
      if (!(error instanceof InvalidTokenError)) throw error;
      // Which claim is wrong helps whoever connects an identity provider; how a signature failed helps nobody.
      const refusal = error.claim ? refuse('token_claim_invalid', { claim: error.claim }) : refuse('token_invalid', {});
      const wait = this.limits.failedAuthentication(address);
      throw wait > 0 ? new TooManyRequests(wait) : new RefusedException(refusal);
    }
  }
}
