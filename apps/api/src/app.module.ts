import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import type { ApiConfig } from '../../../libs/config/src/index.js';
import { PersistenceModule } from '../../../libs/persistence/src/index.js';
import { TemporalModule } from '../../../libs/temporal/src/index.js';
import { AdminController } from './admin/admin.controller.js';
import { MetricsService } from './admin/metrics.service.js';
import { ReassignService } from './admin/reassign.service.js';
import { StalledService } from './admin/stalled.service.js';
import { AssessmentPreviewController } from './assessment/assessment-preview.controller.js';
import { AssessmentPreviewService } from './assessment/assessment-preview.service.js';
import { AuthGuard } from './auth/auth.guard.js';
import { API_CONFIG } from './common/api-config.js';
import { HttpErrorsFilter } from './common/http-errors.filter.js';
import { SignInController } from './console/sign-in.controller.js';
import { DirectoryController } from './directory/directory.controller.js';
import { DirectoryService } from './directory/directory.service.js';
import { LifecycleGateway } from './common/lifecycle.gateway.js';
import { RateLimitGuard, RateLimits } from './common/rate-limits.js';
import { HealthController } from './health/health.controller.js';
import { ApiMetrics } from './observability/api-metrics.js';
import { LifecycleCollectors } from './observability/lifecycle-collectors.js';
import { MetricsController } from './observability/metrics.controller.js';
import { ProposalActionsController } from './proposals/proposal-actions.controller.js';
import { ProposalActionsService } from './proposals/proposal-actions.service.js';
import { ProposalsController } from './proposals/proposals.controller.js';
import { ProposalsService } from './proposals/proposals.service.js';
import { QuestionnaireController } from './questionnaire/questionnaire.controller.js';
import { RegisterController } from './register/register.controller.js';
import { RegisterService } from './register/register.service.js';
import { TasksController } from './tasks/tasks.controller.js';
import { TasksService } from './tasks/tasks.service.js';

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [PersistenceModule.forRoot(config.DATABASE_URL), TemporalModule.forRoot(config)],
      controllers: [
        HealthController,
        QuestionnaireController,
        ProposalsController,
        ProposalActionsController,
        AssessmentPreviewController,
        TasksController,
        RegisterController,
        DirectoryController,
        AdminController,
        MetricsController,
        SignInController,
      ],
      providers: [
        { provide: API_CONFIG, useValue: config },
        RateLimits,
        // Guards run in this order: the rate limits before the token is read.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: HttpErrorsFilter },
        LifecycleGateway,
        ProposalsService,
        ProposalActionsService,
        AssessmentPreviewService,
        TasksService,
        RegisterService,
        DirectoryService,
        StalledService,
        MetricsService,
        ReassignService,
        ApiMetrics,
        LifecycleCollectors,
      ],
    };
  }
}
