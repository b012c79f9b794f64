import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The proposals that need an administrator, for the stalled board (ProposalAttentionEntity). */
export class ProposalAttention1796770000000 implements MigrationInterface {
  name = 'ProposalAttention1796770000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "proposal_attention" (
      "proposal_id" uuid PRIMARY KEY,
      "reason" varchar(20) NOT NULL,
      "activity" varchar(100),
      "error" text NOT NULL,
      "since" timestamptz NOT NULL,
      "retries" int NOT NULL DEFAULT 0,
      "retrying" boolean NOT NULL DEFAULT false)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "proposal_attention"`);
  }
}
