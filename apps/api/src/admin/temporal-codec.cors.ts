// CORS for the codec endpoint alone, and for the Temporal UI's origin alone (TEMPORAL_UI_URL): the administrator's
// browser, on the UI's page, posts the payloads here. Mounted before the API's own CORS, which serves CORS_ORIGINS.
import type { NextFunction, Request, Response } from 'express';

export function temporalCodecCors(temporalUiUrl: string | undefined) {
  const uiOrigin = temporalUiUrl ? new URL(temporalUiUrl).origin : undefined;
  return (request: Request, response: Response, next: NextFunction): void => {
    response.vary('Origin');
    if (!uiOrigin || request.headers.origin !== uiOrigin) return next();
    response.setHeader('Access-Control-Allow-Origin', uiOrigin);
    // The UI may send the administrator's access token, or credentials (TEMPORAL_CODEC_INCLUDE_CREDENTIALS).
    response.setHeader('Access-Control-Allow-Credentials', 'true');
    if (request.method !== 'OPTIONS') return next();
    response.setHeader('Access-Control-Allow-Methods', 'POST');
    response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Namespace');
    response.setHeader('Access-Control-Max-Age', '600');
    response.status(204).end();
  };
}
