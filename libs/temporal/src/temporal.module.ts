import { type DynamicModule, Module } from '@nestjs/common';
import type { TemporalConfig } from '#config';
import { LifecycleGateway } from './lifecycle.gateway.js';
import { TEMPORAL_CONFIG, TemporalClientService } from './temporal-client.js';

@Module({})
export class TemporalModule {
  static forRoot(config: TemporalConfig): DynamicModule {
    return {
      module: TemporalModule,
      global: true,
      providers: [{ provide: TEMPORAL_CONFIG, useValue: config }, TemporalClientService, LifecycleGateway],
      exports: [TemporalClientService, LifecycleGateway],
    };
  }
}
