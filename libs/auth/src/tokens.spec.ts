import jwt from 'jsonwebtoken';
import { InvalidTokenError, type TokenClaims, signToken, verifyToken } from './tokens.js';

const SECRET = 'test-secret-that-is-long-enough-0123456789';
const CLAIMS: TokenClaims = {
  sub: 'u-expert-kim',
  name: 'Kim Minji',
  roles: ['foundation_expert'],
  dept: 'seoul-ai-foundation',
  domains: ['technical', 'privacy_legal'],
};

const b64url = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const nowSeconds = (): number => Math.floor(Date.now() / 1000);

describe('signToken / verifyToken', () => {
  it('a signed token verifies back to the actor: id from sub, department from dept', () => {
    expect(verifyToken(signToken(CLAIMS, SECRET), SECRET)).toEqual({
      id: 'u-expert-kim',
      name: 'Kim Minji',
      roles: ['foundation_expert'],
      department: 'seoul-ai-foundation',
      domains: ['technical', 'privacy_legal'],
    });
  });

  it('a token without domains gives an actor with no domains', () => {
    const { domains: _none, ...claims } = CLAIMS;
    expect(verifyToken(signToken({ ...claims, roles: ['department_manager'] }, SECRET), SECRET).domains).toEqual([]);
  });

  it('signed tokens use HS256 and expire', () => {
    const decoded = jwt.decode(signToken(CLAIMS, SECRET), { complete: true });
    expect(decoded?.header.alg).toBe('HS256');
    expect(decoded?.payload).toMatchObject({ exp: expect.any(Number) });
  });

  it('a token signed with another secret is rejected', () => {
    const token = signToken(CLAIMS, 'another-secret-that-is-long-enough-000');
    expect(() => verifyToken(token, SECRET)).toThrow(InvalidTokenError);
  });

  it('an expired token is rejected (expiresIn -1)', () => {
    const token = signToken(CLAIMS, SECRET, -1);
    expect(() => verifyToken(token, SECRET)).toThrow(InvalidTokenError);
    expect(() => verifyToken(token, SECRET)).toThrow(/expired/);
  });

  it('a token whose exp is in the past is rejected', () => {
    const token = jwt.sign({ ...CLAIMS, iat: nowSeconds() - 7200, exp: nowSeconds() - 3600 }, SECRET, { algorithm: 'HS256' });
    expect(() => verifyToken(token, SECRET)).toThrow(InvalidTokenError);
  });

  it("an unsigned token with alg 'none' is rejected", () => {
    const token = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({ ...CLAIMS, roles: ['admin'], exp: nowSeconds() + 3600 })}.`;
    expect(() => verifyToken(token, SECRET)).toThrow(InvalidTokenError);
  });

  it('a token signed with the right secret but another algorithm (HS512) is rejected', () => {
    const token = jwt.sign({ ...CLAIMS }, SECRET, { algorithm: 'HS512', expiresIn: '1h' });
    expect(() => verifyToken(token, SECRET)).toThrow(InvalidTokenError);
  });

  it('a token whose payload was changed after signing is rejected', () => {
    const [header, , signature] = signToken(CLAIMS, SECRET).split('.');
    const forged = b64url({ ...CLAIMS, roles: ['admin'], iat: nowSeconds(), exp: nowSeconds() + 3600 });
    expect(() => verifyToken(`${header}.${forged}.${signature}`, SECRET)).toThrow(InvalidTokenError);
  });

  it('a properly signed token with an unknown role is rejected, naming the bad claim', () => {
    const token = jwt.sign({ ...CLAIMS, roles: ['superuser'] }, SECRET, { algorithm: 'HS256', expiresIn: '1h' });
    expect(() => verifyToken(token, SECRET)).toThrow(InvalidTokenError);
    expect(() => verifyToken(token, SECRET)).toThrow(/roles/);
  });

  it.each([
    ['no roles', { roles: [] }],
    ['an unknown review domain', { domains: ['astrology'] }],
    ['an empty department', { dept: '' }],
  ])('a properly signed token with %s is rejected', (_what, overrides) => {
    const token = jwt.sign({ ...CLAIMS, ...overrides }, SECRET, { algorithm: 'HS256', expiresIn: '1h' });
    expect(() => verifyToken(token, SECRET)).toThrow(InvalidTokenError);
  });

  it('a properly signed token without sub is rejected', () => {
    const { sub: _sub, ...claims } = CLAIMS;
    const token = jwt.sign(claims, SECRET, { algorithm: 'HS256', expiresIn: '1h' });
    expect(() => verifyToken(token, SECRET)).toThrow(InvalidTokenError);
  });

  it('a string that is not a JWT is rejected', () => {
    expect(() => verifyToken('not-a-token', SECRET)).toThrow(InvalidTokenError);
  });
});
