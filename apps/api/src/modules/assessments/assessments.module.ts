import { Module } from '@nestjs/common';
import { CanvasModule } from '../canvas/canvas.module';
import { ActionPlanRepository } from './action-plan/action-plan.repository';
import { ActionPlanResolver } from './action-plan/action-plan.resolver';
import { ActionPlanService } from './action-plan/action-plan.service';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentsResolver } from './assessments.resolver';
import { AssessmentsService } from './assessments.service';
import { NotificationsModule } from '../notifications/notifications.module';
import { SystemsModule } from '../systems/systems.module';
import { ReviewRepository } from './review/review.repository';
import { ReviewResolver } from './review/review.resolver';
import { ReviewService } from './review/review.service';

@Module({
  imports: [CanvasModule, NotificationsModule, SystemsModule],
  providers: [
    AssessmentsRepository,
    AssessmentsService,
    AssessmentsResolver,
    ActionPlanRepository,
    ActionPlanService,
    ActionPlanResolver,
    ReviewRepository,
    ReviewService,
    ReviewResolver,
  ],
  exports: [AssessmentsRepository, AssessmentsService, ActionPlanService, ReviewService],
})
export class AssessmentsModule {}
