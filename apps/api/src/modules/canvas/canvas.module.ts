import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { CanvasRepository } from './canvas.repository';
import { CanvasResolver } from './canvas.resolver';
import { CanvasService } from './canvas.service';

@Module({
  imports: [CohortsModule],
  providers: [CanvasRepository, CanvasService, CanvasResolver],
  exports: [CanvasRepository, CanvasService],
})
export class CanvasModule {}
