import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What lets the audit log notice what is missing (docs/security.md): append_audit_entry_with_head appends as
 * append_audit_entry does (1796750000000, the same SQL) and answers the chain's head after the entry (how many
 * entries, the newest hash), for the workflow to keep outside PostgreSQL; each
 * entry appended from now on gets an HMAC made by the application (audit_entry_macs), with a key PostgreSQL
 * never sees; `audit_keying` remembers where keying began, so older entries are verified as before and a newer
 * one without its HMAC is named.
 */
export class AuditHeadAndKeys1796920000000 implements MigrationInterface {
  name = 'AuditHeadAndKeys1796920000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE "audit_entry_macs" (
        "entry_id" uuid PRIMARY KEY,
        "key_id" varchar(16) NOT NULL,
        "mac" char(64) NOT NULL)`);
    await db.query(`CREATE TRIGGER "audit_entry_macs_append_only" BEFORE UPDATE OR DELETE ON "audit_entry_macs"
      FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`);
    await db.query(`CREATE TRIGGER "audit_entry_macs_no_truncate" BEFORE TRUNCATE ON "audit_entry_macs"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()`);
    await db.query(`CREATE TABLE "audit_keying" ("keyed_after_seq" bigint NOT NULL)`);
    await db.query(`INSERT INTO "audit_keying" SELECT coalesce(max(seq), 0) FROM audit_entries`);
    await db.query(`CREATE FUNCTION append_audit_entry_with_head(
        p_id uuid, p_proposal_id uuid, p_at timestamptz, p_actor text, p_action text,
        p_from_status text, p_to_status text, p_rationale text, p_request_id text, p_detail jsonb DEFAULT NULL)
      RETURNS TABLE (appended boolean, entries integer, hash char(64)) LANGUAGE plpgsql AS $$
      DECLARE
        prev char(64);
        content text;
        own_seq bigint;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended(p_proposal_id::text, 0));
        SELECT e.seq INTO own_seq FROM audit_entries e WHERE e.id = p_id;
        IF FOUND THEN
          -- a retry: the head as this entry left it
          RETURN QUERY SELECT false, (SELECT count(*)::integer FROM audit_entries e
                                      WHERE e.proposal_id = p_proposal_id AND e.seq <= own_seq),
                              (SELECT e.hash FROM audit_entries e WHERE e.id = p_id);
          RETURN;
        END IF;
        SELECT e.hash INTO prev FROM audit_entries e WHERE e.proposal_id = p_proposal_id ORDER BY e.seq DESC LIMIT 1;
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
        RETURN QUERY SELECT true, (SELECT count(*)::integer FROM audit_entries e WHERE e.proposal_id = p_proposal_id),
                            (SELECT e.hash FROM audit_entries e WHERE e.id = p_id);
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP FUNCTION append_audit_entry_with_head(uuid, uuid, timestamptz, text, text, text, text, text, text, jsonb)`,
    );
    await db.query(`DROP TABLE "audit_keying"`);
    await db.query(`DROP TABLE "audit_entry_macs"`);
  }
}
