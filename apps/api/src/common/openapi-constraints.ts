// What the document cannot learn from the DTOs' swagger decorators, taken from what really checks the input,
// so the two cannot drift: our own class-validator constraints become patterns, and a body that refuses
// unknown fields (ValidationPipe's forbidNonWhitelisted) says so with additionalProperties: false.
import type { Type } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';

type Schema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

/** Patterns of the constraints in validation.ts (JSON Schema patterns match anywhere, as `test` does). */
const PATTERNS: Record<string, string> = {
  notBlank: '\\S',
  isDemoUserId: '^[A-Za-z0-9_.-]+$',
  isConflictTarget: '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9_.-]{1,50})$',
};

type Rule = { propertyName: string; name?: string; constraintCls?: Type; constraints?: unknown[]; each?: boolean };

/** The bounds class-validator checks, as JSON Schema keywords (lengths count code points in both). */
function keywordsOf(name: string, constraints: unknown[] = []): Record<string, unknown> {
  const [first, second] = constraints as number[];
  switch (name) {
    case 'isLength':
      return { minLength: first, ...(second !== undefined ? { maxLength: second } : {}) };
    case 'minLength':
      return { minLength: first };
    case 'maxLength':
      return { maxLength: first };
    case 'isNotEmpty':
      return { minLength: 1 };
    case 'arrayUnique':
      return { uniqueItems: true };
    case 'arrayMinSize':
      return { minItems: first };
    case 'arrayMaxSize':
      return { maxItems: first };
    default:
      return {};
  }
}

/** `bodyTypes`: the classes of the handlers' bodies, which may only inherit their rules (PartialType). */
export function declareConstraints(schemas: Record<string, Schema>, bodyTypes: Type[]): void {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<Type, Rule[]>;
    constraintMetadatas: Map<Type, { name: string }[]>;
    getTargetValidationMetadatas(target: Type, schema: string, always: boolean, strictGroups: boolean): Rule[];
  };
  for (const target of new Set([...storage.validationMetadatas.keys(), ...bodyTypes])) {
    const schema = schemas[target.name];
    if (!schema?.properties) continue;
    for (const rule of storage.getTargetValidationMetadatas(target, '', true, false)) {
      const name = rule.name ?? storage.constraintMetadatas.get(rule.constraintCls!)?.[0]?.name;
      const property = schema.properties[rule.propertyName];
      if (!name || !property) continue;
      const isArray = property.type === 'array';
      const keywords = keywordsOf(name, rule.constraints);
      // `each` rules of a list (a string's length) belong to its items
      const at = isArray && ('minLength' in keywords || 'maxLength' in keywords) ? (property.items as Schema) : property;
      for (const [keyword, value] of Object.entries(keywords)) if (at && value !== undefined) at[keyword] ??= value;
      const text = rule.each && isArray ? (property.items as Schema | undefined) : property;
      if (PATTERNS[name] && text?.type === 'string') text.pattern ??= PATTERNS[name];
    }
  }
}

/**
 * `vendor` is required when `systemType` is `vendor` (the ValidateIf of proposal.dto.ts): in JSON Schema,
 * either the type is another or vendor is there. The create body says so; a PATCH is merged with the stored draft.
 */
export function declareVendorRule(schemas: Record<string, Schema>): void {
  for (const [name, schema] of Object.entries(schemas)) {
    // Only where systemType is required (create): a PATCH that leaves vendor out keeps the stored one.
    const required = (schema.required ?? []) as string[];
    if (!name.endsWith('Dto') || !required.includes('systemType') || !schema.properties?.vendor) continue;
    // Inside allOf, so that generated types (web-api-types.ts) keep the object's own shape.
    const vendorRule = { anyOf: [{ properties: { systemType: { not: { enum: ['vendor'] } } } }, { required: ['vendor'] }] };
    schema.allOf = [vendorRule];
  }
}

/** HostileBodyPipe refuses a NUL character in any string of a body: the pattern says so, keeping any other. */
function withoutNul(schema: Schema): void {
  const pattern = schema.pattern as string | undefined;
  if (pattern === undefined) schema.pattern = '^[^\\u0000]*$';
  else if (pattern === '\\S') schema.pattern = '^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$';
}

/** HostileBodyPipe refuses a NUL in a query string's value too: each free text parameter says so. */
export function declareQueryText(parameter: { in?: string; schema?: Schema }): void {
  const schema = parameter.schema;
  if (parameter.in === 'query' && schema?.type === 'string' && !schema.enum && !schema.format) withoutNul(schema);
}

/** Bodies refused when they name nothing to change (directory.service.ts: nothing_to_change). */
export function declareNonEmptyBodies(schemas: Record<string, Schema>): void {
  if (schemas.UpdateUserDto) schemas.UpdateUserDto.minProperties = 1;
}

/** Every object schema a request body reaches (through $ref and items) takes no property it does not name. */
export function closeRequestBodies(document: { paths: object; components?: { schemas?: Record<string, Schema> } }): void {
  const schemas = document.components?.schemas ?? {};
  const seen = new Set<string>();
  const visit = (schema: unknown): void => {
    if (!schema || typeof schema !== 'object') return;
    const ref = (schema as { $ref?: string }).$ref;
    if (ref) {
      const name = ref.split('/').pop()!;
      if (seen.has(name)) return;
      seen.add(name);
      return visit(schemas[name]);
    }
    const object = schema as Schema & { items?: unknown; allOf?: unknown[]; oneOf?: unknown[] };
    if (object.properties && object.additionalProperties === undefined) object.additionalProperties = false;
    if (object.type === 'string' && !object.enum && !object.format) withoutNul(object);
    // a map's keys are refused with a NUL too (HostileBodyPipe)
    if (object.additionalProperties && typeof object.additionalProperties === 'object') {
      object.propertyNames ??= { pattern: '^[^\\u0000]*$' };
    }
    for (const inner of Object.values(object.properties ?? {})) visit(inner);
    visit(object.items);
    visit(object.additionalProperties);
    for (const part of [...(object.allOf ?? []), ...(object.oneOf ?? [])]) visit(part);
  };
  for (const item of Object.values(document.paths) as Record<
    string,
    { requestBody?: { content?: Record<string, { schema?: unknown }> } }
  >[]) {
    for (const operation of Object.values(item)) {
      for (const media of Object.values(operation?.requestBody?.content ?? {})) visit(media.schema);
    }
  }
}
