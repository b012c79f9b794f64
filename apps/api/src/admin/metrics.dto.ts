import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

export class MetricsQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'start of the window; default 30 days before `to`' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'end of the window; default now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
