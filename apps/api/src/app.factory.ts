import { ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import type { ApiConfig } from '#config';
import { policyFor } from '#domain';
import { JsonLogger } from '#logging';
import { AppModule } from './app.module.js';
import { fieldValidationRefusal } from './common/field-validation.js';
import { HostileBodyPipe } from './common/hostile-body.pipe.js';
import { KnownRoutes } from './common/known-routes.js';
import { openApiDocument } from './common/openapi.js';
import { requestContext } from './common/request-context.js';
import { applySecurity } from './common/security.js';
import { serveWebConsole } from './console/web-console.js';
import { ApiMetrics } from './health/api-metrics.js';
import { TEMPORAL_CODEC_PATH } from './admin/temporal-codec.controller.js';
import { temporalCodecCors } from './admin/temporal-codec.cors.js';

/** The configured Nest app: security, request ids and JSON logs, metrics, validation, OpenAPI at /docs, the web console at /. */
export async function createApp(config: ApiConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: new JsonLogger('api'),
    bodyParser: false, // set up by applySecurity, with the body limit
  });
  app.use(app.get(ApiMetrics).middleware());
  app.use(requestContext);
  app.use(TEMPORAL_CODEC_PATH, temporalCodecCors(config.TEMPORAL_UI_URL));
  applySecurity(app, config);
  serveWebConsole(app);
  app.useGlobalPipes(
    new HostileBodyPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
      validationError: { target: true },
      exceptionFactory: fieldValidationRefusal,
    }),
  );
  app.enableShutdownHooks();

  const document = openApiDocument(app, policyFor());
  app.get(KnownRoutes).learn(document);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return app;
}
