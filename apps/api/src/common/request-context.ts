// Each request gets an id — the caller's `X-Request-Id` when it is a sane one, a new UUID otherwise — that
// is echoed in the response, written in every log line of the request, and carried into the workflow's
// audit entries and the worker's activity logs, so one decision can be followed end to end.
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { logLine, withRequestId } from '#logging';

const SANE_ID = /^[\w.:-]{1,100}$/;

export function requestContext(request: Request, response: Response, next: NextFunction): void {
  const offered = request.header('x-request-id');
  const requestId = offered && SANE_ID.test(offered) ? offered : randomUUID();
  response.setHeader('X-Request-Id', requestId);
  const started = process.hrtime.bigint();
  response.on('finish', () => {
    // The route's pattern, not the URL: no ids or query text (a name searched for) reach the log.
    const route = request.route ? `${request.baseUrl}${(request.route as { path: string }).path}` : '(no route)';
    logLine('api', 'info', 'request', {
      requestId,
      method: request.method,
      route,
      status: response.statusCode,
      durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
    });
  });
  withRequestId(requestId, next);
}
