import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a draft's submission was asked for: the draft takes no edit from then on (ProposalsRepository.freezeForSubmission). */
export class SubmissionRequested1796900010000 implements MigrationInterface {
  name = 'SubmissionRequested1796900010000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "proposals" ADD "submission_requested_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE "proposals" DROP COLUMN "submission_requested_at"`);
  }
}
