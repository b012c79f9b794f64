import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A department's public contact, the register's fallback where a proposal names no contact
 * (activities/register-entry.ts). Entries published before showed the author's internal id instead: they
 * show the department alone until their next publication, which adds its public contact.
 */
export class DepartmentPublicContact1796900000000 implements MigrationInterface {
  name = 'DepartmentPublicContact1796900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "departments" ADD "public_contact" character varying(200)`);
    await db.query(`UPDATE register_entries r SET overseer_contact = r.department_name
      FROM proposals p WHERE p.id = r.proposal_id AND coalesce(trim(p.overseer_contact), '') = ''`);
    await db.query(`UPDATE register_entries SET texts = jsonb_set(texts, '{overseerContact}', jsonb_build_object(
        'code', 'register_contact_department_only',
        'params', jsonb_build_object('department', texts->'overseerContact'->'params'->'department')))
      WHERE texts->'overseerContact'->>'code' = 'register_contact_department'
        AND texts->'overseerContact'->'params' ? 'person'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "departments" DROP COLUMN "public_contact"`);
  }
}
