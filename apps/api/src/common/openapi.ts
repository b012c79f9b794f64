// The OpenAPI document at /docs: what the controllers declare, plus what every endpoint shares in one
// place — the error body, 400 for bad input, 404 for an unknown id, 429 and 503 with Retry-After — and
// example bodies.
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { REQUEST_EXAMPLES } from './openapi-examples.js';

type Operation = OpenAPIObject['paths'][string]['get'] & object;
const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;

const ERROR_REPLY = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    error: { type: 'string', example: 'Bad Request' },
    message: {
      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      description: 'what is wrong; in Korean with Accept-Language: ko',
      example: ['title must be longer than or equal to 1 characters'],
    },
  },
};

export function openApiDocument(app: INestApplication): OpenAPIObject {
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
  document.components.schemas = { ...document.components.schemas, ErrorReply: ERROR_REPLY };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) completeOperation(`${method.toUpperCase()} ${path}`, path, operation);
    }
  }
  return document;
}

function completeOperation(key: string, path: string, operation: Operation): void {
  const responses = operation.responses;
  const add = (status: string, description: string) => (responses[status] ??= { description });
  const secured = (operation.security ?? []).length > 0;
  if ((operation.parameters ?? []).length > 0 || operation.requestBody)
    add('400', 'invalid input; the message names each field at fault');
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
