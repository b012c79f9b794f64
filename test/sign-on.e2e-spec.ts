// The API configured for the city's sign-on: tokens from an identity provider whose JWKS this test
// serves; roles in a nested claim, as some providers put them. No development secret is configured.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { signToken } from '#auth';
import { System } from './support/system.js';

const ISSUER = 'https://sso.seoul.example/realms/city';
const AUDIENCE = 'bareun';
let jwks: Server;
let system: System;
let keys: Awaited<ReturnType<typeof generateKeyPair>>;

beforeAll(async () => {
  keys = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'city-1', alg: 'ES256', use: 'sig' };
  jwks = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  system = await System.start({
    AUTH_JWT_SECRET: '', // unset: exactly one source of tokens
    AUTH_JWKS_URL: `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/certs`,
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
    AUTH_ROLES_CLAIM: 'resource_access.bareun.roles',
    OIDC_AUTHORIZATION_URL: 'https://sso.seoul.example/realms/city/auth',
    OIDC_TOKEN_URL: 'https://sso.seoul.example/realms/city/token',
    OIDC_CLIENT_ID: 'bareun-console',
    AUTH_TOKEN_TYPE: 'at+jwt',
  });
});
afterAll(async () => {
  await system?.stop();
  await new Promise((resolve) => jwks.close(resolve));
});

const cityToken = (claims: object = {}, expires = '5m', audience = AUDIENCE, typ = 'at+jwt') =>
  new SignJWT({ name: '한지훈', dept: 'DIGITAL', resource_access: { bareun: { roles: ['admin'] } }, ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: 'city-1', typ })
    .setSubject('sso.han')
    .setIssuer(ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(expires)
    .sign(keys.privateKey);

it("a token of the city's sign-on is accepted, and its bearer enters the directory", async () => {
  const reply = await system.call('GET', '/api/admin/users/sso.han', { token: await cityToken({ email: 'han@seoul.example' }) });
  expect(reply.status).toBe(200);
  expect(reply.body).toMatchObject({ id: 'sso.han', roles: ['admin'], department: 'DIGITAL', email: 'han@seoul.example' });
});

it('the web console is told to sign in through OIDC, and its CSP lets the browser reach the token endpoint', async () => {
  const reply = await fetch(`${system.baseUrl}/api/sign-in`);
  expect(await reply.json()).toEqual({
    mode: 'oidc',
    oidc: {
      authorizationUrl: 'https://sso.seoul.example/realms/city/auth',
      tokenUrl: 'https://sso.seoul.example/realms/city/token',
      clientId: 'bareun-console',
      scope: 'openid profile',
      rolesClaim: 'resource_access.bareun.roles',
    },
  });
  expect(reply.headers.get('content-security-policy')).toMatch(/connect-src 'self' https:\/\/sso\.seoul\.example(;|$)/);
});

it('no development token is minted beside the sign-on (404), whoever asks', async () => {
  const reply = await system.call('POST', '/api/sign-in/development', { body: { userId: 'han.admin' } });
  expect(reply.status).toBe(404);
  expect(JSON.stringify(reply.body)).not.toMatch(/eyJ/);
});

it('a development token is refused (401): with the sign-on configured only its keys count', async () => {
  const dev = signToken({ sub: 'sso.han', name: 'x', roles: ['admin'], dept: 'DIGITAL' }, system.secret, {
    issuer: ISSUER,
    audience: AUDIENCE,
  });
  expect((await system.call('GET', '/api/tasks', { token: dev })).status).toBe(401);
});

it.each([
  ['expired', () => cityToken({}, '-1m')],
  ['for another audience', () => cityToken({}, '5m', 'another-app')],
  ['with roles where the configured claim is not', () => cityToken({ resource_access: undefined, roles: ['admin'] })],
])('a sign-on token %s is refused (401)', async (_what, token) => {
  const reply = await system.call('GET', '/api/tasks', { token: await token() });
  expect(reply.status).toBe(401);
  expect(reply.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
});

it('an ID token of the same provider, for the console as its audience, is no access token (typ, RFC 9068)', async () => {
  const idToken = await cityToken({}, '5m', 'bareun-console', 'JWT');
  const sameAudience = await cityToken({}, '5m', AUDIENCE, 'JWT');
  for (const token of [idToken, sameAudience]) {
    const reply = await system.call('GET', '/api/tasks', { token });
    expect(reply.status).toBe(401);
  }
  expect((await system.call('GET', '/api/tasks', { token: sameAudience })).body).toMatchObject({
    code: 'token_claim_invalid',
    message: expect.stringContaining('typ'),
  });
});

it('a token missing the configured roles claim says which claim, for whoever connects the provider', async () => {
  const reply = await system.call('GET', '/api/tasks', { token: await cityToken({ resource_access: {} }) });
  expect(reply.body).toMatchObject({
    code: 'token_claim_invalid',
    message: expect.stringContaining('resource_access.bareun.roles'),
  });
});
