// Stalled work for administrators: every open task and department wait past its due time or idle past
// the policy's threshold, longest waiting first (DESIGN §5, issue 6).
import { Inject, Injectable } from '@nestjs/common';
import type { ApiConfig } from '#config';
import { type Actor, hasRole, refuse } from '#domain';
import { AttentionRepository, type StalledFilter, type StalledRow, StalledWorkRepository } from '#persistence';
import { RefusedException } from '#temporal';
import { API_CONFIG } from '../common/api-config.js';
import { temporalUiLink } from '../common/temporal-ui.js';
import type { StalledQuery } from './stalled.dto.js';
import { AttentionItemView } from './attention.view.js';
import { StalledItemView, type StalledPageView } from './stalled.view.js';

export function requireAdmin(actor: Actor): void {
  if (!hasRole(actor, 'admin')) throw new RefusedException(refuse('admin_only', {}));
}

@Injectable()
export class StalledService {
  constructor(
    private readonly stalled: StalledWorkRepository,
    private readonly attention: AttentionRepository,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  private workflowUrl = (proposalId: string): string | null => temporalUiLink(this.config, proposalId);

  async list(actor: Actor, query: StalledQuery, now = new Date()): Promise<StalledPageView> {
    requireAdmin(actor);
    const filter = { ...query, overdueOnly: query.overdue };
    const [rows, attention] = await Promise.all([this.stalled.page(filter, now), this.attention.board(query)]);
    // Past the last page the window count has no row to ride on: count with the first row instead.
    const counted = rows.length > 0 || query.offset === 0 ? rows : await this.firstRow(filter, now);
    const total = counted.length > 0 ? Number(counted[0].total) : 0;
    return {
      attention: attention.map((row) => AttentionItemView.of(row, this.workflowUrl)),
      items: rows.map((row) => StalledItemView.of(row, now, this.workflowUrl)),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  }

  private firstRow(filter: StalledFilter, now: Date): Promise<StalledRow[]> {
    return this.stalled.page({ ...filter, limit: 1, offset: 0 }, now);
  }
}
