import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsDateTime } from '../common/validation.js';

export class MetricsQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'start of the window; default 30 days before `to`' })
  @IsOptional()
  @IsDateTime()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'end of the window; default now' })
  @IsOptional()
  @IsDateTime()
  to?: string;
}
