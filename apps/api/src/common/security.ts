// What every response carries and every request must respect: security headers, CORS for the configured
// origins only, JSON bodies of at most 1 MB, the client address behind a trusted proxy.
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { ApiConfig } from '#config';

export const BODY_LIMIT_MEGABYTES = 1;
const BODY_LIMIT = `${BODY_LIMIT_MEGABYTES}mb`;

export function applySecurity(app: NestExpressApplication, config: ApiConfig): void {
  if (config.TRUST_PROXY) app.set('trust proxy', 1);
  app.use(helmet({ contentSecurityPolicy: { directives: contentSecurityPolicy(config) } }));
  app.useBodyParser('json', { limit: BODY_LIMIT });
  // Without configured origins no cross-origin browser call is allowed; the web console is same-origin.
  if (config.CORS_ORIGINS.length > 0) {
    app.enableCors({
      origin: config.CORS_ORIGINS,
      methods: ['GET', 'POST', 'PATCH'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Accept-Language', 'Idempotency-Key', 'X-Request-Id'],
      exposedHeaders: ['X-Request-Id', 'Retry-After', 'X-Total-Count'],
      maxAge: 600,
    });
  }
}

/**
 * Helmet's strict defaults (scripts and everything else from this origin only, no inline scripts), with one
 * addition: the web console's browser fetches tokens from the sign-on's token endpoint (OIDC with PKCE).
 */
function contentSecurityPolicy(config: Pick<ApiConfig, 'OIDC_TOKEN_URL'>): Record<string, string[]> {
  const tokenOrigin = config.OIDC_TOKEN_URL ? [new URL(config.OIDC_TOKEN_URL).origin] : [];
  return { 'connect-src': ["'self'", ...tokenOrigin] };
}
