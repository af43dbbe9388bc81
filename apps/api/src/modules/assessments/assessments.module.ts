import { Module } from '@nestjs/common';
import { CanvasModule } from '../canvas/canvas.module';
import { ActionPlanRepository } from './action-plan/action-plan.repository';
import { ActionPlanResolver } from './action-plan/action-plan.resolver';
import { ActionPlanService } from './action-plan/action-plan.service';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentsResolver } from './assessments.resolver';
import { AssessmentsService } from './assessments.service';

@Module({
  imports: [CanvasModule],
  providers: [
    AssessmentsRepository,
    AssessmentsService,
    AssessmentsResolver,
    ActionPlanRepository,
    ActionPlanService,
    ActionPlanResolver,
  ],
})
export class AssessmentsModule {}
