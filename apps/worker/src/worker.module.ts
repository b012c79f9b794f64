import { type DynamicModule, Module } from '@nestjs/common';
import { LifecycleActivitiesService, MAIL_CONFIG, MAILER, NotificationDeliveryService, smtpMailer } from '#activities';
import type { WorkerConfig } from '#config';
import { PersistenceModule } from '#persistence';

/** The worker's Nest context: it exists to give activities their dependencies. */
@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [PersistenceModule.forRoot(config.DATABASE_URL)],
      providers: [
        LifecycleActivitiesService,
        NotificationDeliveryService,
        { provide: MAIL_CONFIG, useValue: config },
        { provide: MAILER, useFactory: () => smtpMailer(config) },
      ],
    };
  }
}
