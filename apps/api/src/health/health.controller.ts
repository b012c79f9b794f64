import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { HealthRepository } from '#persistence';
import { TemporalClientService } from '#temporal';
import { Public } from '../auth/access.decorators.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: HealthRepository,
    private readonly temporal: TemporalClientService,
  ) {}

  @Get()
  @Public({ limited: false }) // probes of orchestrators and load balancers call it every few seconds
  @ApiOkResponse({ description: 'alive and ready: {status, postgres, temporal}' })
  @ApiServiceUnavailableResponse({ description: 'alive, but PostgreSQL or Temporal is unreachable' })
  async check(@Res({ passthrough: true }) response: Response) {
    const [postgres, temporal] = await Promise.all([this.database.ping(), this.temporal.isHealthy()]);
    const ready = postgres && temporal;
    response.status(ready ? 200 : 503);
    return { status: ready ? 'ok' : 'unavailable', postgres: postgres ? 'up' : 'down', temporal: temporal ? 'up' : 'down' };
  }
}
