import type { MigrationInterface, QueryRunner } from 'typeorm';
import { type AuditContent, auditHash } from '../audit-log.js';

/**
 * Tamper evidence for the audit log: a hash chain per proposal (existing entries are chained here, in
 * their order), the request id, and a trigger that refuses UPDATE, DELETE and TRUNCATE of entries.
 */
export class AuditChain1796200000000 implements MigrationInterface {
  name = 'AuditChain1796200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "audit_entries" ADD "request_id" varchar(100), ADD "prev_hash" char(64), ADD "hash" char(64)`);
    const rows: AuditContent[] = await db.query(
      `SELECT id, proposal_id AS "proposalId", at, actor, action, from_status AS "fromStatus",
              to_status AS "toStatus", rationale FROM audit_entries ORDER BY proposal_id, seq`,
    );
    const lastHash = new Map<string, string>();
    for (const row of rows) {
      const prevHash = lastHash.get(row.proposalId) ?? null;
      const hash = auditHash(row, prevHash);
      await db.query('UPDATE audit_entries SET prev_hash = $1, hash = $2 WHERE id = $3', [prevHash, hash, row.id]);
      lastHash.set(row.proposalId, hash);
    }
    await db.query(`ALTER TABLE "audit_entries" ALTER COLUMN "hash" SET NOT NULL`);
    await db.query(`CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit entries are append-only: % refused', TG_OP; END $$`);
    await db.query(`CREATE TRIGGER "audit_entries_append_only" BEFORE UPDATE OR DELETE ON "audit_entries"
      FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`);
    await db.query(`CREATE TRIGGER "audit_entries_no_truncate" BEFORE TRUNCATE ON "audit_entries"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER "audit_entries_no_truncate" ON "audit_entries"`);
    await db.query(`DROP TRIGGER "audit_entries_append_only" ON "audit_entries"`);
    await db.query(`DROP FUNCTION audit_entries_append_only()`);
    await db.query(`ALTER TABLE "audit_entries" DROP COLUMN "hash", DROP COLUMN "prev_hash", DROP COLUMN "request_id"`);
  }
}
