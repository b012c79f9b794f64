// `Idempotency-Key` on the endpoints that make something happen: a client that retries after a timeout
// with the same key and body gets the first answer again, never a second effect; the same key with
// another request is a 422. Answers are kept in PostgreSQL (shared by every API replica) until they expire.
import { createHash } from 'node:crypto';
import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
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
    return from(this.answer(actorId, key, hash, response, () => lastValueFrom(next.handle())));
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
      // A refused or failed request keeps nothing: the client may fix it and send it with the same key.
      await this.keys.forget(actorId, key).catch(() => undefined);
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
      example: 'c1d6e3b2-9f1a-4d4e-8a43-0d8f3c1b7e55',
    }),
    ApiUnprocessableEntityResponse({ description: 'the Idempotency-Key was used with another request' }),
    ApiConflictResponse({
      description: 'a request with this Idempotency-Key is still in progress, or the step no longer applies',
    }),
  );
