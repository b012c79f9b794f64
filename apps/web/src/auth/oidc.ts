// The two halves of the browser's sign-on: leave for the provider, and come back with a code.
import {
  authorizationRequest,
  codeChallenge,
  codeFromRedirect,
  type OidcSettings,
  randomToken,
  SignInError,
  tokenRequestBody,
} from './pkce.js';

const VERIFIER = 'bareun.pkce.verifier';
const STATE = 'bareun.pkce.state';
export const CALLBACK_PATH = '/auth/callback';
const redirectUri = () => `${location.origin}${CALLBACK_PATH}`;

export async function startSignOn(settings: OidcSettings): Promise<void> {
  const verifier = randomToken();
  const state = randomToken();
  sessionStorage.setItem(VERIFIER, verifier);
  sessionStorage.setItem(STATE, state);
  location.assign(authorizationRequest(settings, redirectUri(), state, await codeChallenge(verifier)));
}

/** The access token for the code in this page's URL; the verifier and state are used once. */
export async function finishSignOn(settings: OidcSettings, params: URLSearchParams): Promise<string> {
  const expectedState = sessionStorage.getItem(STATE);
  const verifier = sessionStorage.getItem(VERIFIER);
  sessionStorage.removeItem(STATE);
  sessionStorage.removeItem(VERIFIER);
  const code = codeFromRedirect(params, expectedState);
  if (!verifier) throw new SignInError('no code verifier in this tab');
  const response = await fetch(settings.tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: tokenRequestBody(settings, code, redirectUri(), verifier),
  });
  const body = (await response.json().catch(() => ({}))) as { access_token?: string; error?: string };
  if (!response.ok || !body.access_token) throw new SignInError(body.error ?? `token endpoint answered ${response.status}`);
  return body.access_token;
}
