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
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { DataSource } from 'typeorm';
import type { ApiConfig } from '#config';
import { refuse } from '#domain';
import { RefusedException } from '#temporal';
import type { AuthenticatedRequest } from '../auth/access.decorators.js';
import { API_CONFIG } from './api-config.js';
import { canonicalJson } from './canonical-json.js';

const KEY_MAX_LENGTH = 200;
const KEY_FORMAT = new RegExp(`^[\\x21-\\x7e]{1,${KEY_MAX_LENGTH}}$`);
/** A first request this old without an answer died with its API process: a retry may take it over. */
const ABANDONED_AFTER_SECONDS = 60;

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
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
      await this.keep(actorId, key, answer);
      return answer;
    } catch (error) {
      // A refused or failed request keeps nothing: the client may fix it and send it with the same key.
      await this.forget(actorId, key).catch(() => undefined);
      throw error;
    }
  }

  /** The earlier answer to repeat, or undefined once this request holds the key. */
  private async claim(actorId: string, key: string, hash: string): Promise<unknown> {
    await this.db.query(
      `DELETE FROM idempotency_keys WHERE ctid IN (SELECT ctid FROM idempotency_keys WHERE expires_at < now() LIMIT 100)`,
    );
    const claimed: unknown[] = await this.db.query(
      `INSERT INTO idempotency_keys (actor_id, key, request_hash, started_at, expires_at)
       VALUES ($1, $2, $3, now(), now() + make_interval(hours => $4))
       ON CONFLICT (actor_id, key) DO UPDATE SET started_at = now()
         WHERE idempotency_keys.response_body IS NULL AND idempotency_keys.request_hash = EXCLUDED.request_hash
           AND idempotency_keys.started_at < now() - make_interval(secs => $5)
       RETURNING key`,
      [actorId, key, hash, this.config.IDEMPOTENCY_TTL_HOURS, ABANDONED_AFTER_SECONDS],
    );
    if (claimed.length > 0) return undefined;
    const [earlier]: { request_hash: string; response_body: unknown }[] = await this.db.query(
      'SELECT request_hash, response_body FROM idempotency_keys WHERE actor_id = $1 AND key = $2',
      [actorId, key],
    );
    if (!earlier) return this.claim(actorId, key, hash); // it expired or was forgotten in between
    if (earlier.request_hash !== hash) throw new RefusedException(refuse('idempotency_key_reused', {}));
    if (earlier.response_body === null) throw new RefusedException(refuse('idempotency_key_in_progress', {}));
    return earlier.response_body;
  }

  private keep(actorId: string, key: string, answer: unknown): Promise<unknown> {
    return this.db.query('UPDATE idempotency_keys SET response_body = $3 WHERE actor_id = $1 AND key = $2', [
      actorId,
      key,
      JSON.stringify(answer ?? null),
    ]);
  }

  private forget(actorId: string, key: string): Promise<unknown> {
    return this.db.query('DELETE FROM idempotency_keys WHERE actor_id = $1 AND key = $2 AND response_body IS NULL', [
      actorId,
      key,
    ]);
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
