// The browser half of the city sign-on (apps/web/src/auth/pkce.ts): PKCE S256 and the state check.
import { createHash } from 'node:crypto';
import {
  authorizationRequest,
  codeChallenge,
  codeFromRedirect,
  randomToken,
  SignInError,
  tokenRequestBody,
} from '../apps/web/src/auth/pkce.js';

const SETTINGS = {
  authorizationUrl: 'https://sso.seoul.example/auth?kc_idp_hint=city',
  tokenUrl: 'https://sso.seoul.example/token',
  clientId: 'bareun-console',
  scope: 'openid profile',
};

it('the challenge is the base64url SHA-256 of the verifier (RFC 7636 appendix B)', async () => {
  expect(await codeChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  const verifier = randomToken();
  expect(await codeChallenge(verifier)).toBe(createHash('sha256').update(verifier).digest('base64url'));
});

it('verifiers and states are random, 43 characters of the base64url alphabet', () => {
  const tokens = new Set(Array.from({ length: 50 }, randomToken));
  expect(tokens.size).toBe(50);
  for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
});

it('the authorization request asks for a code with the S256 challenge and the state', () => {
  const url = new URL(authorizationRequest(SETTINGS, 'http://localhost:3000/auth/callback', 'st', 'ch'));
  expect(url.origin + url.pathname).toBe('https://sso.seoul.example/auth');
  expect(Object.fromEntries(url.searchParams)).toEqual({
    response_type: 'code',
    client_id: 'bareun-console',
    redirect_uri: 'http://localhost:3000/auth/callback',
    scope: 'openid profile',
    state: 'st',
    code_challenge: 'ch',
    code_challenge_method: 'S256',
  });
});

it('the token request sends the code with its verifier, and no secret', () => {
  expect(Object.fromEntries(tokenRequestBody(SETTINGS, 'the-code', 'http://x/cb', 'the-verifier'))).toEqual({
    grant_type: 'authorization_code',
    code: 'the-code',
    redirect_uri: 'http://x/cb',
    client_id: 'bareun-console',
    code_verifier: 'the-verifier',
  });
});

it.each([
  ['a foreign state', 'code=c&state=other', 'st'],
  ['no state kept in this tab', 'code=c&state=st', null],
  ['no code', 'state=st', 'st'],
  ['an error from the provider', 'error=access_denied&state=st', 'st'],
])('the redirect is refused with %s', (_, search, expected) => {
  expect(() => codeFromRedirect(new URLSearchParams(search), expected)).toThrow(SignInError);
});

it('the redirect with the expected state gives its code', () => {
  expect(codeFromRedirect(new URLSearchParams('code=c-1&state=st'), 'st')).toBe('c-1');
});
