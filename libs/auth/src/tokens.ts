// The claims Bareun reads from a bearer token, and the development tokens it mints. Verification is in
// verifier.ts; whoever signed the token, its claims are checked for shape here before anything trusts them.
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { type Identity, REVIEW_DOMAINS, ROLES } from '#domain';

/**
 * `sub` the person's stable id; `name`; `dept` the department code; the roles (claim name configurable,
 * AUTH_ROLES_CLAIM); `domains` the review domains (read on first sight only: the directory keeps them);
 * `email`, optional.
 */
const claimsSchema = z.object({
  sub: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  roles: z.array(z.enum(ROLES)).min(1),
  dept: z.string().min(1).max(50),
  domains: z.array(z.enum(REVIEW_DOMAINS)).default([]),
  email: z.email().max(200).optional(),
});
export type TokenClaims = z.input<typeof claimsSchema>;

/** Who the token says the caller is. The directory adds what only it knows (conflicts; domains after first sight). */
export type TokenIdentity = Identity;

export class InvalidTokenError extends Error {
  /** The claim at fault, where one is: the token verified but says something the API cannot take. */
  constructor(
    message: string,
    readonly claim?: string,
  ) {
    super(message);
  }
}

/** `rolesClaim` may be a dotted path, for an identity provider that nests them (`realm_access.roles`). */
export function identityFromClaims(payload: Record<string, unknown>, rolesClaim = 'roles'): TokenIdentity {
  const roles = rolesClaim.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], payload);
  const claims = claimsSchema.safeParse({ ...payload, roles });
  if (!claims.success) {
    const path = claims.error.issues[0].path.join('.');
    const claim = path === 'roles' ? rolesClaim : path;
    throw new InvalidTokenError(`token claims are invalid: ${claim}`, claim);
  }
  const { sub, name, dept, domains, email } = claims.data;
  return { id: sub, name, roles: claims.data.roles, department: dept, domains, ...(email ? { email } : {}) };
}

export interface SignOptions {
  expiresIn?: jwt.SignOptions['expiresIn'];
  issuer?: string;
  audience?: string;
}

/**
 * An HS256 development token (`npm run token`, `npm start`'s demo tokens, the tests). Synchronous, hence
 * jsonwebtoken; the API verifies with jose (verifier.ts).
 */
export function signToken(claims: TokenClaims, secret: string, options: SignOptions = {}): string {
  const { expiresIn = '12h', issuer, audience } = options;
  return jwt.sign(claimsSchema.parse(claims), secret, {
    algorithm: 'HS256',
    // An access token's type (RFC 9068), so development tokens pass where AUTH_TOKEN_TYPE=at+jwt is checked.
    header: { alg: 'HS256', typ: 'at+jwt' },
    expiresIn,
    ...(issuer ? { issuer } : {}),
    ...(audience ? { audience } : {}),
  });
}
