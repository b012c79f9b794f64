import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The directory of people: email, declared conflicts, active, last seen; and the record of its edits. */
export class UserDirectory1796400000000 implements MigrationInterface {
  name = 'UserDirectory1796400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "users"
      ADD "email" varchar(200),
      ADD "conflicts" text array NOT NULL DEFAULT '{}',
      ADD "active" boolean NOT NULL DEFAULT true,
      ADD "last_seen_at" timestamptz`);
    await db.query(`CREATE TABLE "directory_changes" (
      "id" uuid PRIMARY KEY,
      "user_id" varchar(200) NOT NULL,
      "changed_by" varchar(200) NOT NULL,
      "at" timestamptz NOT NULL,
      "field" varchar(30) NOT NULL,
      "old_value" jsonb,
      "new_value" jsonb)`);
    await db.query(`CREATE INDEX "IDX_directory_changes_user" ON "directory_changes" ("user_id", "at")`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "directory_changes"`);
    await db.query(
      `ALTER TABLE "users" DROP COLUMN "last_seen_at", DROP COLUMN "active", DROP COLUMN "conflicts", DROP COLUMN "email"`,
    );
  }
}
