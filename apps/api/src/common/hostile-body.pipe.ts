// Checks every JSON body before validation for what no field of ours takes and the layers below would
// choke on: NUL characters (PostgreSQL refuses them, so a retried activity would never succeed), keys that
// reach for prototypes, and nesting deeper than any body of ours; and a body missing where one is taken. A query
// string's values are checked the same way (a NUL in `?q=` reached PostgreSQL).
import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { type FieldProblem, fieldProblem, refuse, refuseFields, shownPath } from '#domain';
import { RefusedException } from '#temporal';

const MAX_DEPTH = 8;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function hostileBodyProblems(value: unknown, path = 'body', depth = 0, problems: FieldProblem[] = []): FieldProblem[] {
  if (problems.length >= 10) return problems;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) problems.push(fieldProblem(shownPath(path), 'field_has_nul', {}));
  } else if (value !== null && typeof value === 'object') {
    if (depth >= MAX_DEPTH) {
      problems.push(fieldProblem(shownPath(path), 'field_too_deep', { depth: MAX_DEPTH }));
      return problems;
    }
    for (const [key, inner] of Object.entries(value)) {
      const at = Array.isArray(value) ? `${path}[${key}]` : path === 'body' ? key : `${path}.${key}`;
      // A map's key (evidence's) may be any text by the document, which OpenAPI 3.0 cannot narrow, and this
      // pipe runs before anything knows which objects are maps: a refused key is a 422 wherever it stands.
      if (FORBIDDEN_KEYS.has(key)) problems.push(fieldProblem(shownPath(at), 'field_key_not_allowed', {}));
      else if (key.includes('\u0000'))
        problems.push(fieldProblem(shownPath(at.replaceAll('\u0000', '\\0')), 'field_key_has_nul', {}));
      else hostileBodyProblems(inner, at, depth + 1, problems);
    }
  }
  return problems;
}

@Injectable()
export class HostileBodyPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'query') return refusingProblems(value);
    if (metadata.type !== 'body') return value;
    // An endpoint that takes a body needs one: none at all is not an empty change.
    if (value === undefined && metadata.metatype && metadata.metatype !== Object) {
      throw new RefusedException(refuse('body_required', {}));
    }
    return refusingProblems(value);
  }
}

function refusingProblems(value: unknown): unknown {
  const problems = hostileBodyProblems(value);
  if (problems.length > 0) throw new RefusedException(refuseFields(problems));
  return value;
}
