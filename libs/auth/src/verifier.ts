// Verifies bearer tokens: HS256 with a development secret, or the city's sign-on, RS256/ES256 against its
// JWKS. Each accepts only its own algorithms, so an HS256 token signed with a public key as secret (the
// classic algorithm confusion) or `alg: none` never passes; exp and nbf are checked, iss and aud when set,
// and the header's `typ` when AUTH_TOKEN_TYPE is (`at+jwt`, RFC 9068: an ID token is then no access token).
import { createRemoteJWKSet, errors, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { AuthConfig } from '#config';
import { identityFromClaims, InvalidTokenError, type TokenIdentity } from './tokens.js';

/** The sign-on could not be asked (JWKS unreachable, slow or malformed): the caller is not at fault. */
export class SignOnUnavailableError extends Error {}

export interface TokenVerifier {
  verify(token: string): Promise<TokenIdentity>;
}

export interface VerifierOptions {
  /** Least time between two JWKS fetches for an unknown `kid` (key rotation); jose's default is 30 s. */
  jwksCooldownMs?: number;
  /** Leeway for clocks a little apart, in seconds. */
  clockToleranceSeconds?: number;
}

const UNAVAILABLE = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JWKS_INVALID', 'ERR_JOSE_GENERIC']);

export function tokenVerifier(config: AuthConfig, options: VerifierOptions = {}): TokenVerifier {
  const key = signingKey(config, options);
  const algorithms = config.AUTH_JWKS_URL ? ['RS256', 'ES256'] : ['HS256'];
  const checks = {
    algorithms,
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    clockTolerance: options.clockToleranceSeconds ?? 5,
    requiredClaims: ['exp'],
    typ: config.AUTH_TOKEN_TYPE,
  };
  const verified = new VerifiedTokens();
  return {
    async verify(token) {
      const known = verified.get(token);
      if (known) return known;
      try {
        const { payload } = typeof key === 'function' ? await jwtVerify(token, key, checks) : await jwtVerify(token, key, checks);
        const identity = identityFromClaims(payload, config.AUTH_ROLES_CLAIM);
        verified.add(token, identity, payload.exp! * 1000);
        return identity;
      } catch (error) {
        if (error instanceof InvalidTokenError) throw error;
        if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'typ') {
          throw new InvalidTokenError(error.message, 'typ');
        }
        if (!(error instanceof errors.JOSEError) || UNAVAILABLE.has(error.code)) {
          throw new SignOnUnavailableError(`the sign-on's keys could not be read: ${(error as Error).message}`);
        }
        throw new InvalidTokenError(error.message);
      }
    },
  };
}

function signingKey(config: AuthConfig, options: VerifierOptions): Uint8Array | JWTVerifyGetKey {
  if (config.AUTH_JWKS_URL) {
    // Fetched on first use and cached; a token with a kid not in the cache refetches (rotation).
    return createRemoteJWKSet(new URL(config.AUTH_JWKS_URL), { cooldownDuration: options.jwksCooldownMs });
  }
  if (!config.AUTH_JWT_SECRET) throw new Error('neither AUTH_JWKS_URL nor AUTH_JWT_SECRET is configured');
  return new TextEncoder().encode(config.AUTH_JWT_SECRET);
}

/**
 * Tokens verified in the last minute, by their whole text (signature included, so no other token matches
 * one), and never past their exp: a session sends the same token with every request, and checking it again
 * is most of what authentication costs. It trusts a key withdrawn at the sign-on no longer than jose
 * already does: jose keeps the fetched JWKS for ten minutes.
 */
class VerifiedTokens {
  private static readonly KEEP_MS = 60_000;
  private static readonly MAX = 10_000;
  private readonly tokens = new Map<string, { identity: TokenIdentity; until: number }>();

  get(token: string): TokenIdentity | undefined {
    const known = this.tokens.get(token);
    if (known && Date.now() < known.until) return known.identity;
    if (known) this.tokens.delete(token);
    return undefined;
  }

  add(token: string, identity: TokenIdentity, expiresAt: number): void {
    // The oldest goes first: a Map iterates in insertion order.
    if (this.tokens.size >= VerifiedTokens.MAX) this.tokens.delete(this.tokens.keys().next().value!);
    this.tokens.set(token, { identity, until: Math.min(Date.now() + VerifiedTokens.KEEP_MS, expiresAt) });
  }
}
