// OAuth 2 authorization code flow with PKCE (RFC 7636, S256) for the city's sign-on, in the browser: no
// client secret, the code verifier stays in this tab's sessionStorage, and the state is checked on return.

export interface OidcSettings {
  authorizationUrl: string;
  tokenUrl: string;
  clientId: string;
  scope: string;
}

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** 32 random bytes, base64url: 43 characters, within RFC 7636's 43..128. */
export const randomToken = () => base64url(crypto.getRandomValues(new Uint8Array(32)));

export async function codeChallenge(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

export function authorizationRequest(settings: OidcSettings, redirectUri: string, state: string, challenge: string): string {
  const url = new URL(settings.authorizationUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: redirectUri,
    scope: settings.scope,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

export function tokenRequestBody(settings: OidcSettings, code: string, redirectUri: string, verifier: string): URLSearchParams {
  return new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    client_id: settings.clientId,
    code_verifier: verifier,
  });
}

export class SignInError extends Error {}

/** The code of the provider's redirect, once its state is the one this tab sent; otherwise an error. */
export function codeFromRedirect(params: URLSearchParams, expectedState: string | null): string {
  const error = params.get('error');
  if (error) throw new SignInError(params.get('error_description') ?? error);
  if (!expectedState || params.get('state') !== expectedState) throw new SignInError('state mismatch');
  const code = params.get('code');
  if (!code) throw new SignInError('no authorization code');
  return code;
}
