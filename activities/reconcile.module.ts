import { type DynamicModule, Module } from '@nestjs/common';
import type { TemporalConfig } from '#config';
import { PersistenceModule } from '#persistence';
import { TemporalModule } from '#temporal';
import { AttentionActivitiesService } from './attention.activities.js';
import { AuditDigestService } from './audit-digest.js';
import { ReconcileService } from './reconcile.js';

/** What reconcile, the attention rows and the audit digest need: the repositories and a Temporal client (the worker's, or the script's). */
@Module({})
export class ReconcileModule {
  static forRoot(
    config: TemporalConfig & {
      DATABASE_URL: string;
      AUDIT_HMAC_KEY: string;
      AUDIT_DIGEST_SIGNING_KEY: string;
      DATABASE_POOL_SIZE?: number;
    },
  ): DynamicModule {
    return {
      module: ReconcileModule,
      imports: [
        PersistenceModule.forRoot(config.DATABASE_URL, config, config.DATABASE_POOL_SIZE),
        TemporalModule.forRoot(config),
      ],
      providers: [ReconcileService, AttentionActivitiesService, AuditDigestService],
      exports: [ReconcileService, AttentionActivitiesService, AuditDigestService],
    };
  }
}
