import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the lifecycle keeps past the review: sign-off conditions, the public register, the notification outbox. */
export class LifecycleRecords1796111200000 implements MigrationInterface {
  name = 'LifecycleRecords1796111200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "proposals" ADD "overseer_contact" varchar(200)`);
    await db.query(`CREATE TABLE "conditions" (
      "id" varchar(64) PRIMARY KEY,
      "proposal_id" uuid NOT NULL,
      "text" text NOT NULL,
      "evidence" text,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX "IDX_conditions_proposal" ON "conditions" ("proposal_id")`);
    await db.query(`CREATE TABLE "register_entries" (
      "proposal_id" uuid PRIMARY KEY,
      "name" varchar(200) NOT NULL,
      "department_code" varchar(50) NOT NULL,
      "department_name" text NOT NULL,
      "purpose" text NOT NULL,
      "tier" smallint NOT NULL,
      "human_oversight" text NOT NULL,
      "overseer_contact" text NOT NULL,
      "ai_notice" text NOT NULL,
      "risk_summary" text NOT NULL,
      "review_summary" text,
      "status" varchar(20) NOT NULL,
      "deployed_version" varchar(100) NOT NULL,
      "published_at" timestamptz NOT NULL,
      "updated_at" timestamptz NOT NULL)`);
    await db.query(`CREATE TABLE "notifications" (
      "id" uuid PRIMARY KEY,
      "proposal_id" uuid NOT NULL,
      "task_id" uuid,
      "kind" varchar(20) NOT NULL,
      "recipients" text array NOT NULL,
      "subject" text NOT NULL,
      "body" text NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "sent_at" timestamptz)`);
    await db.query(`CREATE INDEX "IDX_notifications_outbox" ON "notifications" ("sent_at", "created_at")`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['notifications', 'register_entries', 'conditions']) await db.query(`DROP TABLE "${table}"`);
    await db.query(`ALTER TABLE "proposals" DROP COLUMN "overseer_contact"`);
  }
}
