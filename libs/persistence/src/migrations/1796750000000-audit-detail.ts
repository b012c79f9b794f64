import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AuditAppendInSql1796600000000 } from './1796600000000-audit-append-in-sql.js';

/**
 * What the lifecycle said in an audit entry, as a code with its params (`detail`), beside the English
 * rationale it renders to. The hash stays as it was, over the rationale: verifyChain checks that the detail
 * renders to it. append_audit_entry takes the detail as a tenth argument, null when left out.
 */
export class AuditDetail1796750000000 implements MigrationInterface {
  name = 'AuditDetail1796750000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "audit_entries" ADD "detail" jsonb`);
    await db.query(`DROP FUNCTION append_audit_entry(uuid, uuid, timestamptz, text, text, text, text, text, text)`);
    await db.query(`CREATE FUNCTION append_audit_entry(
        p_id uuid, p_proposal_id uuid, p_at timestamptz, p_actor text, p_action text,
        p_from_status text, p_to_status text, p_rationale text, p_request_id text, p_detail jsonb DEFAULT NULL)
      RETURNS boolean LANGUAGE plpgsql AS $$
      DECLARE
        prev char(64);
        content text;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended(p_proposal_id::text, 0));
        IF EXISTS (SELECT 1 FROM audit_entries WHERE id = p_id) THEN RETURN false; END IF;
        SELECT hash INTO prev FROM audit_entries WHERE proposal_id = p_proposal_id ORDER BY seq DESC LIMIT 1;
        content := '[' || array_to_string(ARRAY[
          to_json(p_id::text)::text,
          to_json(p_proposal_id::text)::text,
          to_json(to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))::text,
          to_json(p_actor)::text,
          to_json(p_action)::text,
          coalesce(to_json(p_from_status)::text, 'null'),
          coalesce(to_json(p_to_status)::text, 'null'),
          coalesce(to_json(p_rationale)::text, 'null'),
          coalesce(to_json(prev::text)::text, 'null')], ',') || ']';
        INSERT INTO audit_entries (id, proposal_id, at, actor, action, from_status, to_status, rationale, detail,
                                   request_id, prev_hash, hash)
        VALUES (p_id, p_proposal_id, p_at, p_actor, p_action, p_from_status, p_to_status, p_rationale, p_detail,
                p_request_id, prev, encode(sha256(convert_to(content, 'UTF8')), 'hex'));
        RETURN true;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION append_audit_entry(uuid, uuid, timestamptz, text, text, text, text, text, text, jsonb)`);
    await new AuditAppendInSql1796600000000().up(db);
    await db.query(`ALTER TABLE "audit_entries" DROP COLUMN "detail"`);
  }
}
