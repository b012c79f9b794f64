// Every endpoint states who may call it, where it is declared. The guard refuses an endpoint that
// states nothing, so a forgotten rule closes the door rather than opening it.
import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Actor, Role } from '#domain';

export const ACCESS_KEY = 'bareun:access';
export type Access = { kind: 'public'; limited: boolean } | { kind: 'signed_in' } | { kind: 'roles'; roles: Role[] };

const authenticated = (access: Access) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, access),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'no bearer token, or an invalid or expired one' }),
  );

/** Anyone, signed in or not (the public register, health); rate-limited per client unless `limited: false`. */
export const Public = ({ limited = true } = {}) =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'public', limited } satisfies Access),
    ...(limited ? [ApiTooManyRequestsResponse({ description: 'over the per-client limit; see Retry-After' })] : []),
  );

/** Any signed-in person, whatever their role. */
export const SignedIn = () => authenticated({ kind: 'signed_in' });

/** Only holders of one of these roles. */
export const Allow = (...roles: Role[]) =>
  applyDecorators(
    authenticated({ kind: 'roles', roles }),
    ApiForbiddenResponse({ description: `needs the role ${roles.join(' or ')}, or the rule of the endpoint refuses` }),
  );

export interface AuthenticatedRequest {
  actor?: Actor;
}

/** The verified caller of a non-public endpoint. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on an endpoint without authentication');
  return actor;
});
