// Every error leaves as Nest's `{statusCode, error, message}` and nothing more: no stack trace, no SQL,
// no driver text. A database or Temporal that cannot be reached is a 503 with Retry-After, never a 500.
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { localize } from './localize.js';
import { RateLimits, TooManyRequests } from './rate-limits.js';
import { currentRequestId, logLine } from '#logging';

export const RETRY_AFTER_SECONDS = 5;

interface ErrorReply {
  statusCode: number;
  error: string;
  message: string | string[];
}

@Catch()
@Injectable()
export class HttpErrorsFilter implements ExceptionFilter {
  constructor(private readonly limits: RateLimits) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const reply = describe(exception);
    if (reply.statusCode >= 500) {
      const { name, code } = exception as { name?: string; code?: string };
      logLine('api', 'error', 'request failed', { requestId: currentRequestId(), status: reply.statusCode, error: name, code });
    }
    if (reply.statusCode === HttpStatus.UNAUTHORIZED) this.limits.failedAuthentications.hit(request.ip ?? 'unknown');
    if (exception instanceof TooManyRequests) response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    else if (reply.statusCode === HttpStatus.SERVICE_UNAVAILABLE) response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.status(reply.statusCode).json(localize(reply, request.header('accept-language')));
  }
}

function describe(exception: unknown): ErrorReply {
  // body-parser's errors, raised before any controller runs; Nest wraps them, keeping them as the cause
  const { type } = ((exception as { cause?: unknown }).cause ?? exception) as { type?: string };
  if (type === 'entity.too.large') return reply(413, 'the body is larger than the limit of 1 MB');
  if (type === 'entity.parse.failed') return reply(400, 'the body is not valid JSON');
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') return reply(415, 'the body must be UTF-8 JSON');
  if (exception instanceof HttpException) {
    const body = exception.getResponse();
    const statusCode = exception.getStatus();
    if (typeof body === 'string') return { statusCode, error: errorName(statusCode), message: body };
    const { message, error } = body as Partial<ErrorReply>;
    return { statusCode, error: error ?? errorName(statusCode), message: message ?? exception.message };
  }
  if (isUnreachable(exception)) return reply(503, 'the database is unreachable; try again shortly');
  const { code, driverError } = exception as { code?: string; driverError?: { code?: string } };
  const sqlState = driverError?.code ?? code;
  // A value PostgreSQL refuses (a NUL character, an out-of-range number): bad input, never a 500.
  if (typeof sqlState === 'string' && sqlState.startsWith('22')) return reply(400, 'a value in the request cannot be stored');
  return reply(500, `something went wrong on our side; quote request id ${currentRequestId() ?? 'unknown'}`);
}

const reply = (statusCode: number, message: string): ErrorReply => ({ statusCode, error: errorName(statusCode), message });

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
