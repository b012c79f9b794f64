// The conditions of a conditional sign-off, and the evidence for each that deployment records.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Condition } from '#domain';
import { ConditionEntity } from '../entities/index.js';
import type { Db } from '../typeorm-internals.js';

@Injectable()
export class ConditionsRepository {
  constructor(@InjectDataSource() private readonly db: Db) {}

  /** The proposal's conditions, in the order the workflow recorded them. */
  ofProposal(proposalId: string): Promise<ConditionEntity[]> {
    return this.db.getRepository(ConditionEntity).find({ where: { proposalId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async record(proposalId: string, conditions: readonly Condition[]): Promise<void> {
    for (const { id, text, evidence } of conditions) {
      // Evidence, once recorded, stays: a later write of the same condition without it keeps it.
      await this.db.query(
        `INSERT INTO conditions (id, proposal_id, text, evidence) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE
         SET text = EXCLUDED.text, evidence = COALESCE(EXCLUDED.evidence, conditions.evidence), updated_at = now()`,
        [id, proposalId, text, evidence ?? null],
      );
    }
  }
}
