// The public AI register: published by the lifecycle's activity when a system is deployed, read by anyone.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RegisterEntryEntity } from '../entities/index.js';
import type { Db } from '../typeorm-internals.js';

/** What a publication says; the dates are the register's own. */
export type PublishedEntry = Omit<RegisterEntryEntity, 'proposalId' | 'publishedAt' | 'updatedAt'>;

@Injectable()
export class RegisterRepository {
  constructor(@InjectDataSource() private readonly db: Db) {}

  async publish(proposalId: string, published: PublishedEntry): Promise<void> {
    // published_at is set by the first publication only; every later one refreshes the rest.
    await this.db.query(
      `INSERT INTO register_entries (proposal_id, name, department_code, department_name, purpose, tier,
         human_oversight, overseer_contact, ai_notice, risk_summary, review_summary, status, deployed_version,
         texts, published_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now(), now())
       ON CONFLICT (proposal_id) DO UPDATE SET
         name = EXCLUDED.name, department_code = EXCLUDED.department_code, department_name = EXCLUDED.department_name,
         purpose = EXCLUDED.purpose, tier = EXCLUDED.tier, human_oversight = EXCLUDED.human_oversight,
         overseer_contact = EXCLUDED.overseer_contact, ai_notice = EXCLUDED.ai_notice,
         risk_summary = EXCLUDED.risk_summary, review_summary = EXCLUDED.review_summary, status = EXCLUDED.status,
         deployed_version = EXCLUDED.deployed_version, texts = EXCLUDED.texts, updated_at = now()`,
      [
        proposalId,
        published.name,
        published.departmentCode,
        published.departmentName,
        published.purpose,
        published.tier,
        published.humanOversight,
        published.overseerContact,
        published.aiNotice,
        published.riskSummary,
        published.reviewSummary,
        published.status,
        published.deployedVersion,
        JSON.stringify(published.texts),
      ],
    );
  }

  /** Newest publication first, and how many there are. */
  page(limit: number, offset: number): Promise<[RegisterEntryEntity[], number]> {
    return this.db.getRepository(RegisterEntryEntity).findAndCount({
      order: { publishedAt: 'DESC', proposalId: 'ASC' },
      take: limit,
      skip: offset,
    });
  }
}
