import jwt from 'jsonwebtoken';
import type { ApiConfig } from '#config';
import { RefusedException } from '#temporal';
import { SignInController } from './sign-in.controller.js';
import { isConsoleRoute } from './web-console.js';

const SECRET = 'a-development-secret-of-32-characters';
const controller = (config: Partial<ApiConfig>) => new SignInController({ AUTH_ROLES_CLAIM: 'roles', ...config } as ApiConfig);
/** A request from `remoteAddress`, straight or through a proxy that says whom it speaks for. */
const from = (remoteAddress: string, headers: Record<string, string> = {}) => ({ socket: { remoteAddress }, headers }) as never;
const local = from('127.0.0.1');

/** The refusal `act` throws, with its HTTP status. */
function refusalOf(act: () => unknown) {
  try {
    act();
  } catch (error) {
    if (error instanceof RefusedException) return { status: error.getStatus(), ...error.refusal };
    throw error;
  }
  throw new Error('nothing was refused');
}

describe('development sign-in', () => {
  it('signs a token for a demo user only with DEV_SIGN_IN', () => {
    const { token } = controller({ DEV_SIGN_IN: true, AUTH_JWT_SECRET: SECRET }).developmentToken(
      { userId: 'park.expert' },
      local,
    );
    expect(jwt.verify(token, SECRET)).toMatchObject({ sub: 'park.expert', roles: ['foundation_expert'], dept: 'SAIF' });
  });

  it('mints nothing without the flag, even with the development secret configured', () => {
    const off = controller({ DEV_SIGN_IN: false, AUTH_JWT_SECRET: SECRET });
    expect(refusalOf(() => off.developmentToken({ userId: 'han.admin' }, local))).toMatchObject({
      status: 404,
      code: 'dev_sign_in_off',
    });
    expect(off.options()).toEqual({ mode: 'none' });
  });

  it('mints nothing for a person who is not a demo user', () => {
    const on = controller({ DEV_SIGN_IN: true, AUTH_JWT_SECRET: SECRET });
    expect(refusalOf(() => on.developmentToken({ userId: 'someone.else' }, local))).toMatchObject({
      status: 404,
      code: 'demo_user_not_found',
      params: { user: 'someone.else' },
    });
  });
});

describe('development sign-in for this machine only', () => {
  const on = controller({ DEV_SIGN_IN: true, AUTH_JWT_SECRET: SECRET });

  it.each(['127.0.0.1', '::1', '::ffff:127.0.0.1'])('answers a caller at %s', (address) => {
    expect(on.developmentToken({ userId: 'kim.manager' }, from(address)).token).toEqual(expect.any(String));
  });

  it.each([
    ['another machine', from('192.168.0.23')],
    ['another machine over IPv6', from('2001:db8::5')],
    ['a local proxy that forwards a stranger', from('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' })],
    ['a local proxy with a Forwarded header', from('::1', { forwarded: 'for=203.0.113.9' })],
  ])('refuses %s (403), minting nothing', (_who, request) => {
    expect(refusalOf(() => on.developmentToken({ userId: 'han.admin' }, request))).toMatchObject({
      status: 403,
      code: 'dev_sign_in_local_only',
    });
  });
});

describe('isConsoleRoute', () => {
  it.each(['/', '/proposals', '/proposals/1b4e28ba-2fa1-41d2-883f-0016d3cca427/edit', '/auth/callback', '/register'])(
    '%s is the console',
    (path) => expect(isConsoleRoute(path)).toBe(true),
  );
  it.each(['/api', '/api/proposals', '/health', '/metrics', '/docs', '/docs/openapi.json', '/assets/index.js', '/favicon.ico'])(
    '%s is not',
    (path) => expect(isConsoleRoute(path)).toBe(false),
  );
});
