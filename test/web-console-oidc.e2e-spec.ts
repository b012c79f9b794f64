// The console's sign-on through the city's identity provider, in the browser: authorization code with PKCE
// (S256, state checked) against a provider this test serves, the access token verified by the API against
// the provider's JWKS, and the browser's token request let through by the CSP (connect-src).
import type { Browser, Page } from 'playwright-core';
import { launchChromium, axeViolations } from './support/browser.js';
import { type Provider, startOidcProvider } from './support/oidc-provider.js';
import { System } from './support/system.js';

const CLIENT_ID = 'bareun-console';
let provider: Provider;
let system: System;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  provider = await startOidcProvider(
    { sub: 'sso.kim', name: '김민지', dept: 'WELFARE', roles: ['department_manager'] },
    CLIENT_ID,
  );
  system = await System.start({
    AUTH_JWT_SECRET: '', // the sign-on only: no development secret, so no demo-user picker either
    AUTH_JWKS_URL: `${provider.url}/certs`,
    AUTH_ISSUER: provider.issuer,
    AUTH_AUDIENCE: provider.audience,
    OIDC_AUTHORIZATION_URL: `${provider.url}/authorize`,
    OIDC_TOKEN_URL: `${provider.url}/token`,
    OIDC_CLIENT_ID: CLIENT_ID,
  });
  browser = await launchChromium();
  page = await (await browser.newContext({ locale: 'ko-KR' })).newPage();
  page.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await browser?.close();
  await system?.stop();
  await provider?.stop();
});

it('signs in through the provider with PKCE and lands on the home page', async () => {
  await page.goto(system.baseUrl);
  await page.getByRole('button', { name: '서울시 통합인증으로 로그인' }).waitFor();
  expect(await page.getByLabel('사용자').count()).toBe(0); // no demo-user picker beside the sign-on
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '서울시 통합인증으로 로그인' }).click();
  await page.getByRole('heading', { level: 1, name: '홈' }).waitFor();
  await page.getByText('로그인 사용자: 김민지 (부서 담당자)').waitFor();
  // The API accepted the provider's token: the department's list (other test files may have filled it), no refusal.
  await page.getByRole('heading', { name: /우리 부서가 할 일/ }).waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
  expect(provider.exchanges).toEqual([{ codeChallengeMethod: 'S256', verifierMatched: true }]);
});

it('a redirect whose state this tab did not send is refused', async () => {
  await page.getByRole('button', { name: '로그아웃' }).click();
  await page.goto(`${system.baseUrl}/auth/callback?code=stolen&state=forged`);
  await page.getByRole('alert').getByText('로그인하지 못했습니다: state mismatch').waitFor();
  expect(provider.exchanges).toHaveLength(1); // the forged code never reached the token endpoint
  expect(await axeViolations(page)).toEqual([]);
});
