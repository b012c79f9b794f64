import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What administrators need to find stalled work, and what email delivery records: when each open task
 * counts as stalled, the department's own waits, and each notification's attempts and outcome.
 */
export class WaitsAndDelivery1796500000000 implements MigrationInterface {
  name = 'WaitsAndDelivery1796500000000';

  async up(db: QueryRunner): Promise<void> {
    // Tasks opened before this column existed count as stalled from their due time.
    await db.query(`ALTER TABLE "tasks" ADD "stalls_at" timestamptz`);
    await db.query(`UPDATE "tasks" SET "stalls_at" = "due_at"`);
    await db.query(`ALTER TABLE "tasks" ALTER COLUMN "stalls_at" SET NOT NULL`);
    await db.query(`CREATE INDEX "IDX_tasks_stalls" ON "tasks" ("stalls_at") WHERE "status" IN ('open', 'claimed')`);
    await db.query(`CREATE INDEX "IDX_tasks_due" ON "tasks" ("due_at")`);
    await db.query(`CREATE TABLE "department_waits" (
      "id" uuid PRIMARY KEY,
      "proposal_id" uuid NOT NULL,
      "kind" varchar(20) NOT NULL,
      "stage" varchar(30) NOT NULL,
      "since" timestamptz NOT NULL,
      "due_at" timestamptz NOT NULL,
      "stalls_at" timestamptz NOT NULL,
      "escalation_level" int NOT NULL DEFAULT 0,
      "ended_at" timestamptz)`);
    await db.query(
      `CREATE UNIQUE INDEX "UQ_department_waits_open" ON "department_waits" ("proposal_id") WHERE "ended_at" IS NULL`,
    );
    await db.query(`CREATE INDEX "IDX_department_waits_waiting" ON "department_waits" ("since") WHERE "ended_at" IS NULL`);
    await db.query(`CREATE INDEX "IDX_department_waits_due" ON "department_waits" ("due_at")`);
    await db.query(`CREATE INDEX "IDX_audit_entries_transitions" ON "audit_entries" ("at") WHERE "to_status" IS NOT NULL`);
    await db.query(`ALTER TABLE "notifications" ADD "attempts" int NOT NULL DEFAULT 0`);
    await db.query(`ALTER TABLE "notifications" ADD "delivered_to" text array`);
    await db.query(`ALTER TABLE "notifications" ADD "last_error" text`);
    await db.query(`ALTER TABLE "notifications" ADD "failed_at" timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const column of ['failed_at', 'last_error', 'delivered_to', 'attempts']) {
      await db.query(`ALTER TABLE "notifications" DROP COLUMN "${column}"`);
    }
    await db.query(`DROP INDEX "IDX_audit_entries_transitions"`);
    await db.query(`DROP TABLE "department_waits"`);
    for (const index of ['IDX_tasks_due', 'IDX_tasks_stalls']) {
      await db.query(`DROP INDEX "${index}"`);
    }
    await db.query(`ALTER TABLE "tasks" DROP COLUMN "stalls_at"`);
  }
}
