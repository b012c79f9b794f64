import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The first answer to a request sent with an `Idempotency-Key`, kept until it expires, so that a client
 * retrying after a timeout gets that answer again instead of a second effect. Keys belong to the caller.
 */
@Entity('idempotency_keys')
@Index('IDX_idempotency_keys_expiry', ['expiresAt'])
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'actor_id', type: 'varchar', length: 200 })
  actorId: string;

  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  /** SHA-256 over method, path and the body in canonical form: the same key with another request is refused. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash: string;

  /** Null while the first request is still being answered. */
  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody: unknown;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
