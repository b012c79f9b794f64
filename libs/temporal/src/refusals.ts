import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  type HttpException,
  NotFoundException,
} from '@nestjs/common';
import { REFUSAL_FAILURE_TYPES, type RefusalCode } from '#domain';

type Code = RefusalCode | 'not_found';

const EXCEPTIONS: Record<Code, new (message: string) => HttpException> = {
  forbidden: ForbiddenException,
  conflict: ConflictException,
  invalid: BadRequestException,
  not_found: NotFoundException,
};

/** The HTTP error for a refusal of the domain rules, whether the API or the workflow refused. */
export function httpForRefusal(code: Code, message: string): HttpException {
  return new EXCEPTIONS[code](message);
}

/** The refusal code behind a workflow validator's ApplicationFailure type, if it is one of ours. */
export function refusalCodeOf(failureType: string | undefined | null): Code | undefined {
  return (Object.keys(REFUSAL_FAILURE_TYPES) as Code[]).find((code) => REFUSAL_FAILURE_TYPES[code] === failureType);
}
