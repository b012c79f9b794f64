// Every error leaves as `{statusCode, error, code, message, fields?}` and nothing more: no stack trace, no SQL,
// no driver text. `code` is the catalogue's (#domain/texts), `message` its text in the caller's Accept-Language,
// `fields` each problem of a field beside its path. A database or Temporal that cannot be reached is a 503 with
// Retry-After, never a 500.
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Language, type Message, message, preferredLanguage, type Refusal, refuse, render } from '#domain';
import { HTTP_STATUS_OF_KIND, RefusedException } from '#temporal';
import { KnownRoutes } from './known-routes.js';
import { TooManyRequests } from './rate-limits.js';
import { BODY_LIMIT_MEGABYTES } from './security.js';
import { currentRequestId, logLine } from '#logging';

const RETRY_AFTER_SECONDS = 5;

interface ErrorBody {
  statusCode: number;
  error: string;
  code: string;
  message: string;
  fields?: { field: string; code: string; params: object; message: string }[];
}

/** What went wrong: a refusal of the catalogue, or a text of it with the status of an error that refuses nothing. */
type Described = { statusCode: number; text: Message | Refusal };

@Catch()
@Injectable()
export class HttpErrorsFilter implements ExceptionFilter {
  constructor(private readonly routes: KnownRoutes) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    let { statusCode, text } = describe(exception, request);
    // The router knows no such route; a known path asked with another method is a 405 naming the methods.
    const allowed = text.code === 'route_not_found' ? this.routes.allowed(request.path) : [];
    if (allowed.length > 0) {
      response.setHeader('Allow', allowed.join(', '));
      ({ statusCode, text } = {
        statusCode: 405,
        text: message('method_not_allowed', { method: request.method, allowed: allowed.join(', ') }),
      });
    }
    if (statusCode >= 500) {
      const { name, code } = exception as { name?: string; code?: string };
      logLine('api', 'error', 'request failed', { requestId: currentRequestId(), status: statusCode, error: name, code });
    }
    if (exception instanceof TooManyRequests) response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    else if (statusCode === HttpStatus.SERVICE_UNAVAILABLE) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.status(statusCode).json(errorBody(statusCode, text, preferredLanguage(request.header('accept-language'))));
  }
}

function errorBody(statusCode: number, text: Message | Refusal, language: Language): ErrorBody {
  const body: ErrorBody = { statusCode, error: errorName(statusCode), code: text.code, message: render(language, text) };
  const fields = 'fields' in text ? text.fields : undefined;
  if (fields?.length) {
    body.fields = fields.map((problem) => ({
      field: problem.field,
      code: problem.code,
      params: problem.params,
      message: render(language, problem),
    }));
  }
  return body;
}

function describe(exception: unknown, request: Request): Described {
  // body-parser's errors, raised before any controller runs; Nest wraps them, keeping them as the cause
  const { type } = ((exception as { cause?: unknown }).cause ?? exception) as { type?: string };
  if (type === 'entity.too.large') return refused(refuse('body_too_large', { megabytes: BODY_LIMIT_MEGABYTES }));
  if (type === 'entity.parse.failed') return refused(refuse('body_not_json', {}));
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') return refused(refuse('body_not_utf8_json', {}));
  if (exception instanceof RefusedException) return { statusCode: exception.getStatus(), text: exception.refusal };
  if (exception instanceof HttpException) return unknownHttpException(exception, request);
  if (isUnreachable(exception)) return refused(refuse('database_unavailable', {}));
  const { code, driverError } = exception as { code?: string; driverError?: { code?: string } };
  const sqlState = driverError?.code ?? code;
  // A value PostgreSQL refuses (a NUL character, an out-of-range number): bad input, never a 500.
  if (typeof sqlState === 'string' && sqlState.startsWith('22')) return refused(refuse('value_not_storable', {}));
  return { statusCode: 500, text: message('internal_error', { requestId: currentRequestId() ?? 'unknown' }) };
}

const refused = (refusal: Refusal): Described => ({ statusCode: HTTP_STATUS_OF_KIND[refusal.kind], text: refusal });

/** Nest's own exceptions, which carry no code: its router's 404, and any other keeps its status. */
function unknownHttpException(exception: HttpException, request: Request): Described {
  const statusCode = exception.getStatus();
  if (statusCode === HttpStatus.NOT_FOUND && /^Cannot [A-Z]+ /.test(exception.message)) {
    return refused(refuse('route_not_found', { method: request.method, path: request.path.slice(0, 200) }));
  }
  return { statusCode, text: message('request_refused', {}) };
}

const errorName = (status: number): string =>
  (HttpStatus[status] ?? 'Error')
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/** Connection failures of pg and TypeORM: refused, reset, timed out, or the server shutting down. */
function isUnreachable(exception: unknown): boolean {
  const { code, message = '' } = exception as { code?: string; message?: string };
  const sqlState = (exception as { driverError?: { code?: string } }).driverError?.code;
  return (
    ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE'].includes(code ?? '') ||
    /^(08|57P)/.test(sqlState ?? code ?? '') ||
    /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i.test(message)
  );
}
