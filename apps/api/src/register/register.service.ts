import { Injectable } from '@nestjs/common';
import { RegisterRepository } from '#persistence';
import type { PageQuery } from '../common/params.js';
import { RegisterEntryView, type RegisterPageView } from './register.view.js';

/** The public AI register: read only here; the lifecycle's activity writes it when a system is deployed. */
@Injectable()
export class RegisterService {
  constructor(private readonly register: RegisterRepository) {}

  async list({ limit, offset }: PageQuery): Promise<RegisterPageView> {
    const [rows, total] = await this.register.page(limit, offset);
    return { items: rows.map(RegisterEntryView.of), total, limit, offset };
  }
}
