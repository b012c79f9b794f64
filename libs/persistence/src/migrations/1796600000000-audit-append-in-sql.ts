import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit append as one statement: the per-proposal lock, the retry check, the link to the previous entry
 * and the hash, where `appendAudit` took three round trips for them. The hash is auditHash's exactly: SHA-256
 * over the JSON array [id, proposal, at (ISO, ms, Z), actor, action, from, to, rationale, previous hash];
 * PostgreSQL's to_json escapes strings as JSON.stringify does (test/audit-chain.e2e-spec.ts compares them).
 */
export class AuditAppendInSql1796600000000 implements MigrationInterface {
  name = 'AuditAppendInSql1796600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE FUNCTION append_audit_entry(
        p_id uuid, p_proposal_id uuid, p_at timestamptz, p_actor text, p_action text,
        p_from_status text, p_to_status text, p_rationale text, p_request_id text) RETURNS boolean
      LANGUAGE plpgsql AS $$
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
        INSERT INTO audit_entries (id, proposal_id, at, actor, action, from_status, to_status, rationale, request_id, prev_hash, hash)
        VALUES (p_id, p_proposal_id, p_at, p_actor, p_action, p_from_status, p_to_status, p_rationale, p_request_id, prev,
                encode(sha256(convert_to(content, 'UTF8')), 'hex'));
        RETURN true;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION append_audit_entry(uuid, uuid, timestamptz, text, text, text, text, text, text)`);
  }
}
