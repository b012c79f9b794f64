// Bearer tokens, first cut: HS256 with AUTH_JWT_SECRET. Only HS256 is accepted (never `none`), and the
// claims are checked for shape before anything trusts them.
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { type Actor, REVIEW_DOMAINS, ROLES } from '../../domain/src/index.js';

const claimsSchema = z.object({
  sub: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  roles: z.array(z.enum(ROLES)).min(1),
  dept: z.string().min(1).max(50),
  domains: z.array(z.enum(REVIEW_DOMAINS)).default([]),
});
export type TokenClaims = z.input<typeof claimsSchema>;

export class InvalidTokenError extends Error {}

export function signToken(claims: TokenClaims, secret: string, expiresIn: jwt.SignOptions['expiresIn'] = '12h'): string {
  return jwt.sign(claimsSchema.parse(claims), secret, { algorithm: 'HS256', expiresIn });
}

export function verifyToken(token: string, secret: string): Actor {
  let payload: unknown;
  try {
    payload = jwt.verify(token, secret, { algorithms: ['HS256'] });
  } catch (error) {
    throw new InvalidTokenError((error as Error).message);
  }
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) throw new InvalidTokenError(`token claims are invalid: ${claims.error.issues[0].path.join('.')}`);
  const { sub, name, roles, dept, domains } = claims.data;
  return { id: sub, name, roles, department: dept, domains };
}
