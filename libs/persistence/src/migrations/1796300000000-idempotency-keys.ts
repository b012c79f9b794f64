import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency-Key answers for every endpoint that takes one; the draft-only creation key gives way to it. */
export class IdempotencyKeys1796300000000 implements MigrationInterface {
  name = 'IdempotencyKeys1796300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "idempotency_keys" (
      "actor_id" varchar(200) NOT NULL,
      "key" varchar(200) NOT NULL,
      "request_hash" char(64) NOT NULL,
      "response_body" jsonb,
      "started_at" timestamptz NOT NULL,
      "expires_at" timestamptz NOT NULL,
      PRIMARY KEY ("actor_id", "key"))`);
    await db.query(`CREATE INDEX "IDX_idempotency_keys_expiry" ON "idempotency_keys" ("expires_at")`);
    await db.query(`DROP INDEX "UQ_proposals_creation_key"`);
    await db.query(`ALTER TABLE "proposals" DROP COLUMN "creation_key"`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "proposals" ADD "creation_key" varchar(200)`);
    await db.query(`CREATE UNIQUE INDEX "UQ_proposals_creation_key" ON "proposals" ("created_by", "creation_key")`);
    await db.query(`DROP TABLE "idempotency_keys"`);
  }
}
