import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DigestSigningKey } from './audit-digest.js';
import { AuditKey } from './audit-log.js';

interface PersistenceKeys {
  AUDIT_HMAC_KEY: string;
  AUDIT_DIGEST_SIGNING_KEY: string;
}
import { dataSourceOptions } from './database.js';
import { REPOSITORIES } from './repositories/index.js';

/**
 * The database for a Nest app, reached through its repositories (the apps inject those, never TypeORM);
 * migrations are run by `npm run migrate`, never by the app on its own.
 */
@Module({})
export class PersistenceModule {
  /**
   * `auditKey`: AUDIT_HMAC_KEY, which keys every audit entry appended (audit-log.ts); `digestKey`:
   * AUDIT_DIGEST_SIGNING_KEY, which signs the daily digest (audit-digest.ts).
   */
  static forRoot(databaseUrl: string, keys: PersistenceKeys, poolSize?: number): DynamicModule {
    const key = [
      { provide: AuditKey, useValue: new AuditKey(keys.AUDIT_HMAC_KEY) },
      { provide: DigestSigningKey, useValue: new DigestSigningKey(keys.AUDIT_DIGEST_SIGNING_KEY) },
    ];
    return {
      module: PersistenceModule,
      global: true,
      imports: [TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl, poolSize), retryAttempts: 3, retryDelay: 1000 })],
      providers: [...REPOSITORIES, ...key],
      exports: [...REPOSITORIES, ...key],
    };
  }
}
