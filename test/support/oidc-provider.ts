// A tiny OpenID Connect provider for the console's sign-on test: an authorize endpoint that signs in one
// person at once and redirects back with a code, a token endpoint that checks PKCE (S256) before it issues an
// ES256 access token, and the JWKS the API verifies that token with.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

export interface Provider {
  url: string;
  issuer: string;
  audience: string;
  /** What the token endpoint saw, for the test to check. */
  exchanges: { codeChallengeMethod: string; verifierMatched: boolean }[];
  stop: () => Promise<void>;
}

const body = (request: IncomingMessage) =>
  new Promise<URLSearchParams>((resolve) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(new URLSearchParams(text)));
  });

export async function startOidcProvider(person: Record<string, unknown>, clientId: string): Promise<Provider> {
  const keys = await generateKeyPair('ES256', { extractable: true });
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'test-1', alg: 'ES256', use: 'sig' };
  const codes = new Map<string, { challenge: string; method: string; redirectUri: string }>();
  const provider = { exchanges: [] } as unknown as Provider;
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', provider.url);
    const cors = { 'access-control-allow-origin': request.headers.origin ?? '*' };
    if (url.pathname === '/certs')
      return response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    if (url.pathname === '/authorize') {
      const q = url.searchParams;
      if (q.get('response_type') !== 'code' || q.get('client_id') !== clientId || !q.get('code_challenge')) {
        return response.writeHead(400).end('bad authorization request');
      }
      const code = randomBytes(16).toString('hex');
      codes.set(code, {
        challenge: q.get('code_challenge')!,
        method: q.get('code_challenge_method') ?? 'plain',
        redirectUri: q.get('redirect_uri')!,
      });
      const back = new URL(q.get('redirect_uri')!);
      back.search = new URLSearchParams({ code, state: q.get('state') ?? '' }).toString();
      return response.writeHead(302, { location: back.toString() }).end();
    }
    if (url.pathname === '/token' && request.method === 'POST') {
      const form = await body(request);
      const grant = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? ''); // a code is good once
      const verifier = form.get('code_verifier') ?? '';
      const verifierMatched = !!grant && createHash('sha256').update(verifier).digest('base64url') === grant.challenge;
      provider.exchanges.push({ codeChallengeMethod: grant?.method ?? 'none', verifierMatched });
      if (
        !grant ||
        !verifierMatched ||
        grant.method !== 'S256' ||
        form.get('redirect_uri') !== grant.redirectUri ||
        form.get('client_id') !== clientId
      ) {
        return response
          .writeHead(400, { ...cors, 'content-type': 'application/json' })
          .end(JSON.stringify({ error: 'invalid_grant' }));
      }
      const token = await new SignJWT(person)
        .setProtectedHeader({ alg: 'ES256', kid: 'test-1' })
        .setIssuer(provider.issuer)
        .setAudience(provider.audience)
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(keys.privateKey);
      return response
        .writeHead(200, { ...cors, 'content-type': 'application/json' })
        .end(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 600 }));
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  provider.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider.issuer = provider.url;
  provider.audience = 'bareun';
  provider.stop = () => new Promise((resolve) => server.close(() => resolve()));
  return provider;
}
