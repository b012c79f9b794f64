// The read model of the department's waits: opened and escalated here; a transition ends the wait of the
// stage it leaves in its own UPDATE (ProposalsRepository.moveTo).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DepartmentWaitEntity } from '../entities/index.js';
import type { Db } from '../typeorm-internals.js';

@Injectable()
export class DepartmentWaitsRepository {
  constructor(@InjectDataSource() private readonly db: Db) {}

  async open(wait: Omit<DepartmentWaitEntity, 'endedAt' | 'escalationLevel'>): Promise<void> {
    await this.db.getRepository(DepartmentWaitEntity).insert(wait);
  }

  /** Raises the level of the proposal's current wait. */
  async escalate(proposalId: string): Promise<void> {
    // In SQL: TypeORM refuses a null in a where condition (IsNull() would be its way), so this threw, and the
    // activity retried until its workflow's later writes waited behind it.
    await this.db.query(
      'UPDATE department_waits SET escalation_level = escalation_level + 1 WHERE proposal_id = $1 AND ended_at IS NULL',
      [proposalId],
    );
  }
}
