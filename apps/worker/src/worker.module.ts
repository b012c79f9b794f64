import { type DynamicModule, Module } from '@nestjs/common';
import {
  LifecycleActivitiesService,
  MAIL_CONFIG,
  MAILER,
  NotificationDeliveryService,
  ReconcileModule,
  smtpMailer,
} from '#activities';
import type { WorkerConfig } from '#config';

/** The worker's Nest context: it exists to give activities their dependencies. */
@Module({})
export class WorkerModule {
  static forRoot(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      // The repositories, with reconcile's and the attention rows' services and a Temporal client.
      imports: [ReconcileModule.forRoot(config)],
      providers: [
        LifecycleActivitiesService,
        NotificationDeliveryService,
        { provide: MAIL_CONFIG, useValue: config },
        { provide: MAILER, useFactory: () => smtpMailer(config) },
      ],
    };
  }
}
