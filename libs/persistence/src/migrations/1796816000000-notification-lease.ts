import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A delivery leases its notification instead of locking it while it talks SMTP: `lease` says whose attempt
 * holds the row, `leased_until` until when. A lease past its time may be taken by another attempt.
 */
export class NotificationLease1796816000000 implements MigrationInterface {
  name = 'NotificationLease1796816000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "notifications" ADD "lease" uuid`);
    await db.query(`ALTER TABLE "notifications" ADD "leased_until" timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "notifications" DROP COLUMN "leased_until"`);
    await db.query(`ALTER TABLE "notifications" DROP COLUMN "lease"`);
  }
}
