// The caller's language for texts inside a reply that succeeded (a refusal listed in a 200): Accept-Language,
// chosen as for errors.
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { type Language, preferredLanguage } from '#domain';

export const ReaderLanguage = createParamDecorator((_: unknown, context: ExecutionContext): Language =>
  preferredLanguage(context.switchToHttp().getRequest<Request>().header('accept-language')),
);
