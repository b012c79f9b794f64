import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where notifications reach people. The directory's own migration may add the column first: then this
 * one finds it there and does nothing.
 */
export class UserEmail1796450000000 implements MigrationInterface {
  name = 'UserEmail1796450000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "users" ADD COLUMN IF NOT EXISTS "email" varchar(320)`);
  }

  async down(): Promise<void> {
    // The column may belong to the directory's migration; its down() removes it.
  }
}
