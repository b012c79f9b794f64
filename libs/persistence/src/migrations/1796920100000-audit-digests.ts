import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily signed digests of every proposal's audit chain head (libs/persistence/src/audit-digest.ts): one a
 * day by the Schedule (more when it is triggered by hand), each naming the one before by its hash, appended and read only (the append-only trigger, and the
 * application role's grants).
 */
export class AuditDigests1796920100000 implements MigrationInterface {
  name = 'AuditDigests1796920100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "audit_digests" (
        "seq" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        "day" date NOT NULL,
        "at" timestamptz NOT NULL,
        "body" text NOT NULL,
        "digest_hash" char(64) NOT NULL,
        "key_id" varchar(16) NOT NULL,
        "signature" text NOT NULL)`);
    await db.query(`CREATE TRIGGER "audit_digests_append_only" BEFORE UPDATE OR DELETE ON "audit_digests"
      FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`);
    await db.query(`CREATE TRIGGER "audit_digests_no_truncate" BEFORE TRUNCATE ON "audit_digests"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "audit_digests"`);
  }
}
