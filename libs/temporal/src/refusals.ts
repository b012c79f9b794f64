// The HTTP face of a refusal, whichever layer refused: the API's own checks and the workflow's validators
// alike end in a RefusedException carrying the coded refusal; its status follows the refusal's kind, and the
// API's error filter renders it in the caller's language.
import { HttpException } from '@nestjs/common';
import {
  type FieldProblem,
  isRefusalCode,
  REFUSAL_FAILURE_TYPES,
  type Refusal,
  type RefusalDetails,
  type RefusalKind,
  refuse,
  render,
} from '#domain';

export const HTTP_STATUS_OF_KIND: Record<RefusalKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
};

export class RefusedException extends HttpException {
  constructor(readonly refusal: Refusal) {
    super(render('en', refusal), HTTP_STATUS_OF_KIND[refusal.kind]);
  }
}

interface Failure {
  type?: string | null;
  message: string;
  details?: unknown[] | null;
}

/**
 * The refusal behind a workflow validator's ApplicationFailure, if it is one of ours. A failure without a
 * code this API knows (a worker of the release before codes, or of a newer one) is `workflow_refused`, its
 * English message kept as the reason, its status from the failure's type.
 */
export function refusalOfFailure({ type, message, details }: Failure): Refusal | undefined {
  const kind = (Object.keys(REFUSAL_FAILURE_TYPES) as RefusalKind[]).find((k) => REFUSAL_FAILURE_TYPES[k] === type);
  if (!kind) return undefined;
  const sent = details?.[0] as Partial<RefusalDetails> | undefined;
  const fields = sent?.fields ?? [];
  if (sent && isRefusalCode(sent.code) && fields.every((f: FieldProblem) => isRefusalCode(f.code))) {
    const refusal = refuse(sent.code, (sent.params ?? {}) as never);
    return fields.length > 0 ? { ...refusal, fields } : refusal;
  }
  return { ...refuse('workflow_refused', { reason: message }), kind };
}
