import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A register entry's oversight, notice and risk texts as codes (activities/register-entry.ts), so the console
 * shows each in the reader's language. Entries published before are given theirs from the proposal, as the
 * activity makes them; string reasons are kept as `reason_as_recorded`.
 */
export class RegisterTexts1796760000000 implements MigrationInterface {
  name = 'RegisterTexts1796760000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "register_entries" ADD "texts" jsonb`);
    await db.query(`UPDATE register_entries r SET texts = jsonb_build_object(
        'humanOversight', jsonb_build_object('code', 'register_oversight_' || p.automation, 'params', '{}'::jsonb),
        'aiNotice', jsonb_build_object('code',
          CASE WHEN p.system_type = 'generative' THEN 'register_notice_generative' ELSE 'register_notice_ai' END,
          'params', '{}'::jsonb),
        'riskSummary', jsonb_build_array(jsonb_build_object('code', 'register_risk_tier', 'params', jsonb_build_object('tier', r.tier)))
          || coalesce((SELECT jsonb_agg(CASE WHEN jsonb_typeof(reason) = 'string'
                THEN jsonb_build_object('code', 'reason_as_recorded', 'params', jsonb_build_object('text', reason))
                ELSE reason END ORDER BY n)
              FROM jsonb_array_elements(p.scores->'reasons') WITH ORDINALITY AS reasons(reason, n)), '[]'::jsonb))
      FROM proposals p WHERE p.id = r.proposal_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "register_entries" DROP COLUMN "texts"`);
  }
}
