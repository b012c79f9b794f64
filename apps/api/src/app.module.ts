import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import type { ApiConfig } from '#config';
import { PersistenceModule } from '#persistence';
import { TemporalModule } from '#temporal';
import { AdminModule } from './admin/admin.module.js';
import { AuthGuard } from './auth/auth.guard.js';
import { ApiCommonModule } from './common/common.module.js';
import { HttpErrorsFilter } from './common/http-errors.filter.js';
import { RateLimitGuard } from './common/rate-limits.js';
import { ConsoleModule } from './console/console.module.js';
import { DirectoryModule } from './directory/directory.module.js';
import { HealthModule } from './health/health.module.js';
import { ProposalsModule } from './proposals/proposals.module.js';
import { RegisterModule } from './register/register.module.js';
import { TasksModule } from './tasks/tasks.module.js';

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PersistenceModule.forRoot(config.DATABASE_URL, config),
        TemporalModule.forRoot(config),
        ApiCommonModule.forRoot(config),
        HealthModule,
        ProposalsModule,
        TasksModule,
        RegisterModule,
        DirectoryModule,
        AdminModule,
        ConsoleModule,
      ],
      providers: [
        // Guards run in this order: the rate limits before the token is read.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: HttpErrorsFilter },
      ],
    };
  }
}
