// `node dist/apps/api/src/openapi-document.js` prints the API's OpenAPI document as JSON, built in Nest's
// preview mode: the controllers' metadata is read without connecting to PostgreSQL or Temporal.
import 'reflect-metadata';
import { generateKeyPairSync } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { apiConfigSchema, loadConfig } from '#config';
import { AppModule } from './app.module.js';
import { openApiDocument } from './common/openapi.js';

const config = loadConfig(apiConfigSchema, {
  DATABASE_URL: 'postgres://preview@localhost/preview',
  TEMPORAL_ADDRESS: 'localhost:7233',
  AUTH_JWT_SECRET: 'preview-only-'.padEnd(32, 'x'),
  AUDIT_HMAC_KEY: 'preview-only-'.padEnd(32, 'x'),
  AUDIT_DIGEST_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  TEMPORAL_CODEC_KEYS: `preview:${Buffer.alloc(32).toString('base64')}`,
});
const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false, abortOnError: false });
process.stdout.write(JSON.stringify(openApiDocument(app)));
await app.close();
