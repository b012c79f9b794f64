import jwt from 'jsonwebtoken';
import { identityFromClaims, InvalidTokenError, type TokenClaims, signToken } from './tokens.js';
import { tokenVerifier } from './verifier.js';

const SECRET = 'test-secret-that-is-long-enough-0123456789';
const CLAIMS: TokenClaims = {
  sub: 'u-expert-kim',
  name: 'Kim Minji',
  roles: ['foundation_expert'],
  dept: 'seoul-ai-foundation',
  domains: ['technical', 'privacy_legal'],
};
const verifier = tokenVerifier({ AUTH_JWT_SECRET: SECRET, AUTH_ROLES_CLAIM: 'roles' });
const verify = (token: string) => verifier.verify(token);

const b64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const nowSeconds = (): number => Math.floor(Date.now() / 1000);
const hs256 = (payload: object, options: jwt.SignOptions = {}) =>
  jwt.sign(payload, SECRET, { algorithm: 'HS256', expiresIn: '1h', ...options });

describe('signToken / HS256 verification', () => {
  it('a signed token verifies back to the identity: id from sub, department from dept', async () => {
    await expect(verify(signToken(CLAIMS, SECRET))).resolves.toEqual({
      id: 'u-expert-kim',
      name: 'Kim Minji',
      roles: ['foundation_expert'],
      department: 'seoul-ai-foundation',
      domains: ['technical', 'privacy_legal'],
    });
  });

  it('an email claim is read when present', async () => {
    await expect(verify(signToken({ ...CLAIMS, email: 'kim@seoul.go.kr' }, SECRET))).resolves.toMatchObject({
      email: 'kim@seoul.go.kr',
    });
  });

  it('a token without domains gives an identity with no domains', async () => {
    const { domains: _none, ...claims } = CLAIMS;
    expect((await verify(signToken({ ...claims, roles: ['department_manager'] }, SECRET))).domains).toEqual([]);
  });

  it('signed tokens use HS256, are typed as access tokens (at+jwt) and expire', async () => {
    const decoded = jwt.decode(signToken(CLAIMS, SECRET), { complete: true });
    expect(decoded?.header).toMatchObject({ alg: 'HS256', typ: 'at+jwt' });
    expect(decoded?.payload).toMatchObject({ exp: expect.any(Number) });
    const typed = tokenVerifier({ AUTH_JWT_SECRET: SECRET, AUTH_ROLES_CLAIM: 'roles', AUTH_TOKEN_TYPE: 'at+jwt' });
    await expect(typed.verify(signToken(CLAIMS, SECRET))).resolves.toMatchObject({ id: 'u-expert-kim' });
    await expect(typed.verify(hs256(CLAIMS))).rejects.toMatchObject({ claim: 'typ' }); // typ JWT: not an access token
  });

  it('a token signed with another secret is rejected', async () => {
    await expect(verify(signToken(CLAIMS, 'another-secret-that-is-long-enough-000'))).rejects.toThrow(InvalidTokenError);
  });

  it('an expired token is rejected', async () => {
    await expect(verify(signToken(CLAIMS, SECRET, { expiresIn: -60 }))).rejects.toThrow(/exp/);
    const old = jwt.sign({ ...CLAIMS, iat: nowSeconds() - 7200, exp: nowSeconds() - 3600 }, SECRET, { algorithm: 'HS256' });
    await expect(verify(old)).rejects.toThrow(InvalidTokenError);
  });

  it('a token not valid yet (nbf an hour ahead) is rejected', async () => {
    await expect(verify(hs256({ ...CLAIMS }, { notBefore: '1h' }))).rejects.toThrow(/nbf/);
  });

  it('a token without exp is rejected: it would never expire', async () => {
    await expect(verify(jwt.sign({ ...CLAIMS }, SECRET, { algorithm: 'HS256' }))).rejects.toThrow(/exp/);
  });

  it("an unsigned token with alg 'none' is rejected", async () => {
    const token = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ ...CLAIMS, roles: ['admin'], exp: nowSeconds() + 3600 })}.`;
    await expect(verify(token)).rejects.toThrow(InvalidTokenError);
  });

  it('a token signed with the right secret but another algorithm (HS512) is rejected', async () => {
    await expect(verify(hs256({ ...CLAIMS }, { algorithm: 'HS512' }))).rejects.toThrow(InvalidTokenError);
  });

  it('a token whose payload was changed after signing is rejected', async () => {
    const [header, , signature] = signToken(CLAIMS, SECRET).split('.');
    const forged = b64url({ ...CLAIMS, roles: ['admin'], iat: nowSeconds(), exp: nowSeconds() + 3600 });
    await expect(verify(`${header}.${forged}.${signature}`)).rejects.toThrow(InvalidTokenError);
  });

  it('with AUTH_ISSUER and AUTH_AUDIENCE set, tokens must name them', async () => {
    const strict = tokenVerifier({
      AUTH_JWT_SECRET: SECRET,
      AUTH_ISSUER: 'dev',
      AUTH_AUDIENCE: 'bareun',
      AUTH_ROLES_CLAIM: 'roles',
    });
    await expect(strict.verify(signToken(CLAIMS, SECRET, { issuer: 'dev', audience: 'bareun' }))).resolves.toBeTruthy();
    await expect(strict.verify(signToken(CLAIMS, SECRET, { issuer: 'dev', audience: 'other' }))).rejects.toThrow(/aud/);
    await expect(strict.verify(signToken(CLAIMS, SECRET, { issuer: 'evil', audience: 'bareun' }))).rejects.toThrow(/iss/);
  });

  it('a properly signed token with an unknown role is rejected, naming the bad claim', async () => {
    await expect(verify(hs256({ ...CLAIMS, roles: ['superuser'] }))).rejects.toThrow(/claims are invalid: roles/);
  });

  it.each([
    ['no roles', { roles: [] }],
    ['an unknown review domain', { domains: ['astrology'] }],
    ['an empty department', { dept: '' }],
    ['an email that is not one', { email: 'not-an-email' }],
    ['no sub', { sub: undefined }],
  ])('a properly signed token with %s is rejected', async (_what, overrides) => {
    await expect(verify(hs256({ ...CLAIMS, ...overrides }))).rejects.toThrow(InvalidTokenError);
  });

  it('a string that is not a JWT is rejected', async () => {
    await expect(verify('not-a-token')).rejects.toThrow(InvalidTokenError);
  });
});

describe('identityFromClaims', () => {
  it('reads the roles from a configured claim, a dotted path reaching into an object', () => {
    const { roles, ...rest } = CLAIMS;
    const payload = { ...rest, realm_access: { roles } };
    expect(identityFromClaims(payload, 'realm_access.roles').roles).toEqual(['foundation_expert']);
    expect(() => identityFromClaims(payload, 'roles')).toThrow(/claims are invalid: roles/);
    expect(() => identityFromClaims({ ...rest, realm_access: 'x' }, 'realm_access.roles')).toThrow(/realm_access.roles/);
  });
});

describe('verified tokens are remembered, for a minute at most', () => {
  const strict = tokenVerifier({ AUTH_JWT_SECRET: SECRET, AUTH_ROLES_CLAIM: 'roles' }, { clockToleranceSeconds: 0 });

  it('a remembered token is refused once its exp has passed', async () => {
    const exp = nowSeconds() + 1;
    const token = jwt.sign({ ...CLAIMS, exp }, SECRET, { algorithm: 'HS256' });
    await expect(strict.verify(token)).resolves.toMatchObject({ id: 'u-expert-kim' });
    await expect(strict.verify(token)).resolves.toMatchObject({ id: 'u-expert-kim' });
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
    await expect(strict.verify(token)).rejects.toThrow(/exp/);
  });

  it('a remembered token vouches for no other: its payload or signature altered is refused', async () => {
    const token = signToken(CLAIMS, SECRET);
    await expect(strict.verify(token)).resolves.toMatchObject({ roles: ['foundation_expert'] });
    const [header, payload, signature] = token.split('.');
    const forged = b64url({ ...CLAIMS, roles: ['admin'], iat: nowSeconds(), exp: nowSeconds() + 3600 });
    await expect(strict.verify(`${header}.${forged}.${signature}`)).rejects.toThrow(InvalidTokenError);
    const otherSignature = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(strict.verify(`${header}.${payload}.${otherSignature}`)).rejects.toThrow(InvalidTokenError);
  });
});
