import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { ApiConfig } from '#config';
import { API_CONFIG } from './api-config.js';
import { KnownRoutes } from './known-routes.js';
import { RateLimits } from './rate-limits.js';

/** What every feature module may inject: the API's configuration, the shared rate limits, the known routes. */
@Global()
@Module({})
export class ApiCommonModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: ApiCommonModule,
      providers: [{ provide: API_CONFIG, useValue: config }, RateLimits, KnownRoutes],
      exports: [API_CONFIG, RateLimits, KnownRoutes],
    };
  }
}
