// The OpenAPI document at /docs: what the controllers declare, plus what every endpoint shares in one
// place — the error body, 400 for bad input, 404 for an unknown id, 429 and 503 with Retry-After — and
// example bodies.
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { Policy } from '#domain';
import { REQUEST_EXAMPLES } from './openapi-examples.js';
import { declarePolicyValues } from './openapi-policy.js';
import {
  closeRequestBodies,
  declareConstraints,
  declareNonEmptyBodies,
  declareQueryText,
  declareVendorRule,
} from './openapi-constraints.js';
import { handlerArguments } from './openapi-handlers.js';

/** What uuidParam accepts: ParseUUIDPipe's version 4. */
const UUID_V4 = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$';

type Operation = OpenAPIObject['paths'][string]['get'] & object;
const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;

const FIELD_PROBLEM = {
  type: 'object',
  required: ['field', 'code', 'params', 'message'],
  properties: {
    field: { type: 'string', description: 'the path of the field at fault', example: 'changes.title' },
    code: { type: 'string', description: "the problem's code in the catalogue", example: 'field_length' },
    params: {
      type: 'object',
      additionalProperties: true,
      description: "the values the code's text is filled with",
      example: { field: 'changes.title', min: 1, max: 200 },
    },
    message: {
      type: 'string',
      description: "the problem in the caller's language",
      example: 'new title must be 1 to 200 characters long',
    },
  },
};

const ERROR_REPLY = {
  type: 'object',
  required: ['statusCode', 'error', 'code', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 409 },
    error: { type: 'string', example: 'Conflict' },
    code: {
      type: 'string',
      description: 'what happened, a stable code of the catalogue (libs/domain/src/texts): act on it, not on the message',
      example: 'task_claimed_by_other',
    },
    message: {
      type: 'string',
      description: 'what happened, in Korean with Accept-Language: ko, in English otherwise',
      example: 'task 3f1c… is already claimed by park.expert',
    },
    fields: {
      type: 'array',
      items: { $ref: '#/components/schemas/FieldProblem' },
      description: 'for problems of fields, each with its path; with more than one, code is invalid_fields',
    },
  },
};

/** With `policy`, the document also declares its values (openapi-policy.ts). */
export function openApiDocument(app: INestApplication, policy?: Policy): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Bareun')
      .setDescription("Approval and audit of the Seoul Metropolitan Government's AI systems")
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, ErrorReply: ERROR_REPLY, FieldProblem: FIELD_PROBLEM };
  const { uuids, bodyTypes } = handlerArguments(app);
  declareConstraints(document.components.schemas as never, bodyTypes);
  declareVendorRule(document.components.schemas as never);
  declareNonEmptyBodies(document.components.schemas as never);
  // The policy's answer schemas first, so that closing the bodies gives their text answers the NUL rule too.
  if (policy) declarePolicyValues(document, policy);
  closeRequestBodies(document as never);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      completeOperation(`${method.toUpperCase()} ${path}`, path, operation);
      for (const parameter of operation.parameters ?? []) {
        if ('in' in parameter) declareQueryText(parameter as never);
        if ('in' in parameter && parameter.in === 'path' && uuids.get(operation.operationId ?? '')?.has(parameter.name)) {
          parameter.schema = { type: 'string', format: 'uuid', pattern: UUID_V4 };
        }
      }
    }
  }
  return document;
}

function completeOperation(key: string, path: string, operation: Operation): void {
  const responses = operation.responses;
  const add = (status: string, description: string) => (responses[status] ??= { description });
  const secured = (operation.security ?? []).length > 0;
  if ((operation.parameters ?? []).length > 0 || operation.requestBody)
    add('400', 'invalid input; fields names each field at fault');
  // What a schema cannot say: fields each valid alone that disagree (a flag and its answer), or a key of a map
  // that cannot be stored (HostileBodyPipe).
  if (operation.requestBody) add('422', 'fields each valid alone that disagree, named in fields; nothing was done');
  if (path.includes('{id}')) add('404', 'no such resource, or not one you may see');
  if (secured) {
    add('401', 'no bearer token, or an invalid or expired one');
    add('403', 'refused: your role, a rule of the endpoint, or your directory entry is inactive');
    add('429', 'too many failed authentications from this client; see Retry-After');
  }
  add('503', 'PostgreSQL or Temporal is unreachable; nothing was done; see Retry-After');
  for (const [status, response] of Object.entries(responses)) {
    if (Number(status) >= 400 && response && 'description' in response && !response.content) {
      response.content = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorReply' } } };
    }
  }
  const examples = REQUEST_EXAMPLES[key];
  const body = operation.requestBody;
  if (examples && body && 'content' in body) body.content['application/json'].examples = examples;
}
