// The Temporal UI's codec-server protocol (POST <endpoint>/decode): payloads as JSON, their metadata values and
// data in base64, as the UI sends and reads them.
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';

/** A page of the UI decodes at most this many payloads at once; far more than a history page has. */
const MAX_PAYLOADS = 1000;

export class PayloadJson {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', format: 'byte' },
    example: { encoding: 'YmluYXJ5L2VuY3J5cHRlZA==', 'encryption-key-id': 'a2V5LTE=' },
    description: 'each metadata value in base64',
  })
  @IsOptional()
  @IsObject()
  metadata?: Record<string, string>;

  @ApiPropertyOptional({ type: 'string', format: 'byte', description: 'the payload data in base64' })
  @IsOptional()
  @IsString()
  @MaxLength(4_000_000)
  data?: string;
}

export class PayloadsJson {
  /**
   * Optional: Temporal's tools send `{}` for no payloads (protobuf JSON leaves an empty list out), and protobuf
   * JSON reads a null list as an empty one, as this endpoint does.
   */
  @ApiPropertyOptional({ type: [PayloadJson], maxItems: MAX_PAYLOADS, nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_PAYLOADS)
  @ValidateNested({ each: true })
  @Type(() => PayloadJson)
  payloads?: PayloadJson[];
}
