// Checks every JSON body before validation for what no field of ours takes and the layers below would
// choke on: NUL characters (PostgreSQL refuses them, so a retried activity would never succeed), keys that
// reach for prototypes, and nesting deeper than any body of ours.
import { BadRequestException, type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';

const MAX_DEPTH = 8;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function hostileBodyProblems(value: unknown, path = 'body', depth = 0, problems: string[] = []): string[] {
  if (problems.length >= 10) return problems;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) problems.push(`${path} must not contain a NUL character`);
  } else if (value !== null && typeof value === 'object') {
    if (depth >= MAX_DEPTH) {
      problems.push(`${path} is nested more than ${MAX_DEPTH} levels deep`);
      return problems;
    }
    for (const [key, inner] of Object.entries(value)) {
      const at = Array.isArray(value) ? `${path}[${key}]` : path === 'body' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.has(key) || key.includes('\u0000'))
        problems.push(`property ${at.replaceAll('\u0000', '\\0')} should not exist`);
      else hostileBodyProblems(inner, at, depth + 1, problems);
    }
  }
  return problems;
}

@Injectable()
export class HostileBodyPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type !== 'body') return value;
    const problems = hostileBodyProblems(value);
    if (problems.length > 0) throw new BadRequestException(problems);
    return value;
  }
}
