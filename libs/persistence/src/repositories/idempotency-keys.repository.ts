// The answers kept for `Idempotency-Key` (the API's IdempotencyInterceptor), in PostgreSQL so that every API
// replica shares them, until they expire.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Db } from '../typeorm-internals.js';

export interface KeptAnswer {
  request_hash: string;
  response_body: unknown;
}

@Injectable()
export class IdempotencyKeysRepository {
  constructor(@InjectDataSource() private readonly db: Db) {}

  /** Removes a few expired keys: each claim clears some, so no job has to. */
  async removeSomeExpired(): Promise<void> {
    await this.db.query(
      `DELETE FROM idempotency_keys WHERE ctid IN (SELECT ctid FROM idempotency_keys WHERE expires_at < now() LIMIT 100)`,
    );
  }

  /**
   * Takes the key for this request: a new key, or one whose first request (the same one) has no answer and
   * started longer ago than `abandonedAfterSeconds`. False when another request holds it or answered it.
   */
  async claim(actorId: string, key: string, hash: string, ttlHours: number, abandonedAfterSeconds: number): Promise<boolean> {
    const claimed: unknown[] = await this.db.query(
      `INSERT INTO idempotency_keys (actor_id, key, request_hash, started_at, expires_at)
       VALUES ($1, $2, $3, now(), now() + make_interval(hours => $4))
       ON CONFLICT (actor_id, key) DO UPDATE SET started_at = now()
         WHERE idempotency_keys.response_body IS NULL AND idempotency_keys.request_hash = EXCLUDED.request_hash
           AND idempotency_keys.started_at < now() - make_interval(secs => $5)
       RETURNING key`,
      [actorId, key, hash, ttlHours, abandonedAfterSeconds],
    );
    return claimed.length > 0;
  }

  async earlier(actorId: string, key: string): Promise<KeptAnswer | undefined> {
    const [earlier]: KeptAnswer[] = await this.db.query(
      'SELECT request_hash, response_body FROM idempotency_keys WHERE actor_id = $1 AND key = $2',
      [actorId, key],
    );
    return earlier;
  }

  async keep(actorId: string, key: string, answer: unknown): Promise<void> {
    await this.db.query('UPDATE idempotency_keys SET response_body = $3 WHERE actor_id = $1 AND key = $2', [
      actorId,
      key,
      JSON.stringify(answer ?? null),
    ]);
  }

  /**
   * Keeps the key with a request that failed without an answer (it may still take effect), as if it had been
   * abandoned long ago: a retry of the same request takes it over at once, another request with it is refused.
   */
  async release(actorId: string, key: string): Promise<void> {
    await this.db.query(
      `UPDATE idempotency_keys SET started_at = '-infinity' WHERE actor_id = $1 AND key = $2 AND response_body IS NULL`,
      [actorId, key],
    );
  }

  /** Lets go of a key whose request was refused: nothing was done, nor kept under it. */
  async forget(actorId: string, key: string): Promise<void> {
    await this.db.query('DELETE FROM idempotency_keys WHERE actor_id = $1 AND key = $2 AND response_body IS NULL', [
      actorId,
      key,
    ]);
  }
}
