// The Temporal UI's codec server (docs/security.md#temporal): an administrator's browser posts the sealed
// payloads of a history and reads them opened. Nothing is written; a payload that is not ours, or does not
// open with the configured keys, comes back as it was.
import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Payload } from '@temporalio/common';
import { fieldProblem, refuseFields } from '#domain';
import { payloadCodecOf, RefusedException, type SealingCodec, TemporalClientService } from '#temporal';
import { Allow } from '../auth/access.decorators.js';
import { type PayloadJson, PayloadsJson } from './temporal-codec.dto.js';

/** Where the Temporal UI is told the codec server is (TEMPORAL_CODEC_ENDPOINT); it posts to `<this>/decode`. */
export const TEMPORAL_CODEC_PATH = '/api/admin/temporal-codec';

@ApiTags('admin')
@Controller(TEMPORAL_CODEC_PATH.slice(1))
export class TemporalCodecController {
  private readonly codec: SealingCodec;

  constructor(temporal: TemporalClientService) {
    this.codec = payloadCodecOf(temporal.config);
  }

  @Post('decode')
  @HttpCode(200)
  @Allow('admin')
  @ApiOperation({ summary: "the Temporal UI's codec endpoint: sealed payloads, opened with the deployment's keys" })
  @ApiOkResponse({ type: PayloadsJson, description: 'the payloads in the order sent, each opened if it is sealed by us' })
  @ApiBadRequestResponse({ description: 'not a list of payloads; fields names what is wrong' })
  decode(@Body() body: PayloadsJson): PayloadsJson {
    const payloads = (body.payloads ?? []).map((json, i) => payloadOf(json, `payloads.${i}`));
    return { payloads: this.codec.reveal(payloads).map(jsonOf) };
  }
}

function payloadOf(json: PayloadJson, at: string): Payload {
  const metadata: Record<string, Uint8Array> = {};
  for (const [name, value] of Object.entries(json.metadata ?? {})) {
    if (typeof value !== 'string')
      throw new RefusedException(refuseFields([fieldProblem(`${at}.metadata.${name}`, 'field_not_text', {})]));
    metadata[name] = Buffer.from(value, 'base64');
  }
  return { metadata, data: Buffer.from(json.data ?? '', 'base64') };
}

function jsonOf(payload: Payload): PayloadJson {
  const metadata = Object.fromEntries(
    Object.entries(payload.metadata ?? {}).map(([name, value]) => [name, Buffer.from(value ?? []).toString('base64')]),
  );
  return { metadata, data: Buffer.from(payload.data ?? []).toString('base64') };
}
