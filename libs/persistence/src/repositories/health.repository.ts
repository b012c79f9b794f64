// Readiness: whether PostgreSQL answers.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Db } from '../typeorm-internals.js';

@Injectable()
export class HealthRepository {
  constructor(@InjectDataSource() private readonly db: Db) {}

  /** True when PostgreSQL answered a trivial query. */
  ping(): Promise<boolean> {
    return this.db.query('SELECT 1').then(
      () => true,
      () => false,
    );
  }
}
