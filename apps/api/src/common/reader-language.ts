// The caller's language for texts the API renders from the catalogue into a reply that succeeded (tier reasons,
// audit details, a refusal listed in a 200): Accept-Language, chosen as for errors.
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import type { Request } from 'express';
import { type Language, preferredLanguage } from '#domain/texts';

/** Korean when Accept-Language prefers it, English otherwise. */
export const ReaderLanguage = createParamDecorator((_: unknown, context: ExecutionContext): Language =>
  preferredLanguage(context.switchToHttp().getRequest<Request>().header('accept-language')),
);

/** A text as a catalogue code with its params (libs/domain/src/texts), for clients that act on codes. */
export class MessageView {
  @ApiProperty({ example: 'tier_from_impact' }) code: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { impact: 12, impactMax: 153, share: 7.8, tier: 1 } })
  params: Record<string, unknown>;
}
