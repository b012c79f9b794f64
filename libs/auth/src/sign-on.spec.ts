// The city's sign-on: RS256 and ES256 tokens checked against a JWKS that this test serves itself.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, type JWK, SignJWT } from 'jose';
import jwt from 'jsonwebtoken';
import { InvalidTokenError } from './tokens.js';
import { SignOnUnavailableError, tokenVerifier } from './verifier.js';

const ISSUER = 'https://sso.seoul.example/realms/city';
const AUDIENCE = 'bareun';
const CLAIMS = { name: '박서연', roles: ['foundation_expert'], dept: 'SAIF', domains: ['technical'] };

type Key = Awaited<ReturnType<typeof generateKeyPair>> & { kid: string; alg: 'RS256' | 'ES256' };
async function newKey(alg: Key['alg'], kid: string): Promise<Key> {
  return { ...(await generateKeyPair(alg, { extractable: true })), kid, alg };
}

let served: JWK[] = [];
let fetches = 0;
let status = 200;
let server: Server;
let url: string;
let rsa: Key;
let ec: Key;

beforeAll(async () => {
  [rsa, ec] = await Promise.all([newKey('RS256', 'rsa-1'), newKey('ES256', 'ec-1')]);
  served = await Promise.all([rsa, ec].map(publicJwk));
  server = createServer((_, response) => {
    fetches += 1;
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: served }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  status = 200;
});

async function publicJwk(key: Key): Promise<JWK> {
  return { ...(await exportJWK(key.publicKey)), kid: key.kid, alg: key.alg, use: 'sig' };
}

function sign(key: Key, edit: (jwt: SignJWT) => SignJWT = (t) => t, claims: object = CLAIMS, typ?: string): Promise<string> {
  const token = new SignJWT({ ...claims })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, ...(typ ? { typ } : {}) })
    .setSubject('park.expert')
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('10m');
  return edit(token).sign(key.privateKey);
}

const verifier = (options = {}) =>
  tokenVerifier(
    { AUTH_JWKS_URL: url, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE, AUTH_ROLES_CLAIM: 'roles' },
    { jwksCooldownMs: 0, ...options },
  );

it.each(['RS256', 'ES256'])('a %s token of the sign-on verifies to the identity it names', async (alg) => {
  const token = await sign(alg === 'RS256' ? rsa : ec);
  await expect(verifier().verify(token)).resolves.toEqual({
    id: 'park.expert',
    name: '박서연',
    roles: ['foundation_expert'],
    department: 'SAIF',
    domains: ['technical'],
  });
});

it.each([
  ['expired', (t: SignJWT) => t.setIssuedAt('-2h').setExpirationTime('-1h'), /exp/],
  ['not yet valid (nbf)', (t: SignJWT) => t.setNotBefore('1h'), /nbf/],
  ['for another audience', (t: SignJWT) => t.setAudience('another-app'), /aud/],
  ['from another issuer', (t: SignJWT) => t.setIssuer('https://evil.example'), /iss/],
])('a token %s is refused', async (_what, edit, reason) => {
  await expect(verifier().verify(await sign(rsa, edit))).rejects.toThrow(reason);
});

it('with a token type configured (at+jwt, RFC 9068), an ID token of the same audience is no access token', async () => {
  const typed = tokenVerifier(
    { AUTH_JWKS_URL: url, AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE, AUTH_ROLES_CLAIM: 'roles', AUTH_TOKEN_TYPE: 'at+jwt' },
    { jwksCooldownMs: 0 },
  );
  const withType = (typ?: string) => sign(ec, undefined, CLAIMS, typ);
  await expect(typed.verify(await withType('at+jwt'))).resolves.toMatchObject({ id: 'park.expert' });
  await expect(typed.verify(await withType('application/at+jwt'))).resolves.toMatchObject({ id: 'park.expert' });
  for (const idToken of [await withType('JWT'), await withType()]) {
    await expect(typed.verify(idToken)).rejects.toMatchObject({ claim: 'typ' });
  }
  // Unconfigured, the type is not looked at: a provider that sets none still works.
  await expect(verifier().verify(await withType('JWT'))).resolves.toMatchObject({ id: 'park.expert' });
});

it('a tampered token is refused: the payload changed after signing', async () => {
  const [header, , signature] = (await sign(ec)).split('.');
  const forged = Buffer.from(JSON.stringify({ ...CLAIMS, roles: ['admin'], sub: 'park.expert' })).toString('base64url');
  await expect(verifier().verify(`${header}.${forged}.${signature}`)).rejects.toThrow(InvalidTokenError);
});

it("alg 'none' is refused", async () => {
  const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const exp = Math.floor(Date.now() / 1000) + 600;
  const token = `${b64({ alg: 'none', kid: 'rsa-1' })}.${b64({ ...CLAIMS, sub: 'x', iss: ISSUER, aud: AUDIENCE, exp })}.`;
  await expect(verifier().verify(token)).rejects.toThrow(InvalidTokenError);
});

it('an HS256 token is refused when the sign-on is configured, even one keyed with the public key (algorithm confusion)', async () => {
  const publicPem = await exportSPKI(rsa.publicKey);
  const token = jwt.sign({ ...CLAIMS, sub: 'x', iss: ISSUER, aud: AUDIENCE }, publicPem, {
    algorithm: 'HS256',
    expiresIn: '10m',
    keyid: 'rsa-1',
  });
  await expect(verifier().verify(token)).rejects.toThrow(/alg/);
});

it('a token signed by a key the JWKS does not hold is refused', async () => {
  const stranger = await newKey('RS256', 'rsa-1'); // the same kid, another key: the signature fails
  await expect(verifier().verify(await sign(stranger))).rejects.toThrow(InvalidTokenError);
});

it('key rotation: a token with a new kid makes the verifier fetch the JWKS again', async () => {
  const check = verifier();
  await check.verify(await sign(rsa));
  const before = fetches;
  const rotated = await newKey('RS256', 'rsa-2');
  served = [...served, await publicJwk(rotated)];
  await expect(check.verify(await sign(rotated))).resolves.toMatchObject({ id: 'park.expert' });
  expect(fetches).toBe(before + 1);
  await check.verify(await sign(rsa)); // cached keys: no fetch for a kid it knows
  expect(fetches).toBe(before + 1);
});

it('a JWKS that answers with an error is the sign-on being unavailable, not a bad token', async () => {
  status = 503;
  await expect(verifier().verify(await sign(rsa))).rejects.toThrow(SignOnUnavailableError);
});
