import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RegisterEntryEntity } from '#persistence';
import type { PageQuery } from '../common/params.js';
import { RegisterEntryView, type RegisterPageView } from './register.view.js';

/** The public AI register: read only here; the lifecycle's activity writes it when a system is deployed. */
@Injectable()
export class RegisterService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list({ limit, offset }: PageQuery): Promise<RegisterPageView> {
    const [rows, total] = await this.db.getRepository(RegisterEntryEntity).findAndCount({
      order: { publishedAt: 'DESC', proposalId: 'ASC' },
      take: limit,
      skip: offset,
    });
    return { items: rows.map(RegisterEntryView.of), total, limit, offset };
  }
}
