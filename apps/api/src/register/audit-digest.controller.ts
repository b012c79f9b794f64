// The daily signed digest of every proposal's audit chain head, public like the register: whoever keeps a copy
// can later tell a log rewritten since (docs/security.md "The audit log cannot be changed unnoticed").
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { refuse } from '#domain';
import { AuditDigestsRepository, DigestSigningKey } from '#persistence';
import { RefusedException } from '#temporal';
import { Public } from '../auth/access.decorators.js';
import { PageQuery } from '../common/params.js';
import { AuditDigestPageView, AuditDigestView } from './audit-digest.view.js';

@ApiTags('register')
@Controller('api/register/audit-digest')
export class AuditDigestController {
  constructor(
    private readonly digests: AuditDigestsRepository,
    private readonly key: DigestSigningKey,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: AuditDigestView,
    description: "the newest signed digest of every proposal's audit chain head; no sign-in",
  })
  @ApiNotFoundResponse({ description: 'none has been published yet' })
  async latest(): Promise<AuditDigestView> {
    const digest = await this.digests.latest();
    if (!digest) throw new RefusedException(refuse('audit_digest_none', {}));
    return AuditDigestView.of(digest, this.key);
  }

  @Get('history')
  @Public()
  @ApiOkResponse({ type: AuditDigestPageView, description: 'every digest published, newest first; no sign-in' })
  @ApiBadRequestResponse({ description: 'limit or offset is out of range' })
  async history(@Query() { limit, offset }: PageQuery): Promise<AuditDigestPageView> {
    const [rows, total] = await this.digests.history(limit, offset);
    return { items: rows.map((row) => AuditDigestView.of(row, this.key)), total, limit, offset };
  }
}
