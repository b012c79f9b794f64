// `Idempotency-Key` on the endpoints that make something happen: a client that retries after a timeout
// with the same key and body gets the first answer again, never a second effect; the same key with
// another request is a 422. Answers are kept in PostgreSQL (shared by every API replica) until they expire.
// The key also names the Updates the request sends to the workflow (#temporal update-ids.ts): a retry after
// a 503, when nothing was answered and the step may still be applied, attaches to the same Update.
import { createHash } from 'node:crypto';
import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Inject,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { ApiConfig } from '#config';
import { refuse } from '#domain';
import { withOperation } from '#logging';
import { RefusedException } from '#temporal';
import { IdempotencyKeysRepository } from '#persistence';
import type { AuthenticatedRequest } from '../auth/access.decorators.js';
import { API_CONFIG } from './api-config.js';
import { canonicalJson } from './canonical-json.js';

const KEY_MAX_LENGTH = 200;
const KEY_FORMAT = new RegExp(`^[\\x21-\\x7e]{1,${KEY_MAX_LENGTH}}$`);
/** A first request this old without an answer died with its API process: a retry may take it over. */
const ABANDONED_AFTER_SECONDS = 60;

@Injectable()
class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly keys: IdempotencyKeysRepository,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const key = request.header('idempotency-key');
    if (key === undefined) return next.handle();
    if (!KEY_FORMAT.test(key)) throw new RefusedException(refuse('idempotency_key_malformed', { max: KEY_MAX_LENGTH }));
    const actorId = request.actor!.id;
    const hash = createHash('sha256')
      .update(`${request.method} ${request.path}\n${canonicalJson(request.body ?? null)}`)
      .digest('hex');
    const response = context.switchToHttp().getResponse<Response>();
    const operation = createHash('sha256').update(`${actorId}\n${key}\n${hash}`).digest('hex');
    return from(this.answer(actorId, key, hash, response, () => withOperation(operation, () => lastValueFrom(next.handle()))));
  }

  private async answer(actorId: string, key: string, hash: string, response: Response, run: () => Promise<unknown>) {
    const earlier = await this.claim(actorId, key, hash);
    if (earlier !== undefined) {
      response.setHeader('Idempotent-Replayed', 'true');
      return earlier;
    }
    try {
      const answer = await run();
      await this.keys.keep(actorId, key, answer);
      return answer;
    } catch (error) {
      // A refused request did nothing: the client may fix it and send it with the same key. One that failed
      // (a 503: Temporal unreachable or slow to answer) may still take effect, so the key stays with it: a
      // retry of the same request may take it over at once and reaches the same Update; another is a 422.
      const refused = error instanceof HttpException && error.getStatus() < 500;
      await (refused ? this.keys.forget(actorId, key) : this.keys.release(actorId, key)).catch(() => undefined);
      throw error;
    }
  }

  /** The earlier answer to repeat, or undefined once this request holds the key. */
  private async claim(actorId: string, key: string, hash: string): Promise<unknown> {
    await this.keys.removeSomeExpired();
    if (await this.keys.claim(actorId, key, hash, this.config.IDEMPOTENCY_TTL_HOURS, ABANDONED_AFTER_SECONDS)) return undefined;
    const earlier = await this.keys.earlier(actorId, key);
    if (!earlier) return this.claim(actorId, key, hash); // it expired or was forgotten in between
    if (earlier.request_hash !== hash) throw new RefusedException(refuse('idempotency_key_reused', {}));
    if (earlier.response_body === null) throw new RefusedException(refuse('idempotency_key_in_progress', {}));
    return earlier.response_body;
  }
}

/** Honours `Idempotency-Key` on this endpoint, and documents it. */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'the same key and body repeat the first answer (for 24 hours by default); another body with it → 422',
      schema: { type: 'string', pattern: KEY_FORMAT.source, minLength: 1, maxLength: KEY_MAX_LENGTH },
    }),
    ApiUnprocessableEntityResponse({ description: 'the Idempotency-Key was used with another request' }),
    ApiConflictResponse({
      description: 'a request with this Idempotency-Key is still in progress, or the step no longer applies',
    }),
  );
