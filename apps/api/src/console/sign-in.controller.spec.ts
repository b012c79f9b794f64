import jwt from 'jsonwebtoken';
import type { ApiConfig } from '#config';
import { RefusedException } from '#temporal';
import { SignInController } from './sign-in.controller.js';
import { isConsoleRoute } from './web-console.js';

const SECRET = 'a-development-secret-of-32-characters';
const controller = (config: Partial<ApiConfig>) => new SignInController({ AUTH_ROLES_CLAIM: 'roles', ...config } as ApiConfig);

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
    const { token } = controller({ DEV_SIGN_IN: true, AUTH_JWT_SECRET: SECRET }).developmentToken({ userId: 'park.expert' });
    expect(jwt.verify(token, SECRET)).toMatchObject({ sub: 'park.expert', roles: ['foundation_expert'], dept: 'SAIF' });
  });

  it('mints nothing without the flag, even with the development secret configured', () => {
    const off = controller({ DEV_SIGN_IN: false, AUTH_JWT_SECRET: SECRET });
    expect(refusalOf(() => off.developmentToken({ userId: 'han.admin' }))).toMatchObject({
      status: 404,
      code: 'dev_sign_in_off',
    });
    expect(off.options()).toEqual({ mode: 'none' });
  });

  it('mints nothing for a person who is not a demo user', () => {
    const on = controller({ DEV_SIGN_IN: true, AUTH_JWT_SECRET: SECRET });
    expect(refusalOf(() => on.developmentToken({ userId: 'someone.else' }))).toMatchObject({
      status: 404,
      code: 'demo_user_not_found',
      params: { user: 'someone.else' },
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
