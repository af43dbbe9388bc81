import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { CanvasRepository } from './canvas.repository';
import { CanvasResolver } from './canvas.resolver';
import { AssessmentCycleFieldsResolver } from './cycle-fields.resolver';
import { CanvasService } from './canvas.service';
import { CanvasVersionsResolver } from './canvas-versions.resolver';
import { CanvasVersionsService } from './canvas-versions.service';

@Module({
  imports: [CohortsModule, NotificationsModule],
  providers: [CanvasRepository, CanvasService, CanvasResolver, CanvasVersionsService, CanvasVersionsResolver, AssessmentCycleFieldsResolver],
  exports: [CanvasRepository, CanvasService],
})
export class CanvasModule {}
