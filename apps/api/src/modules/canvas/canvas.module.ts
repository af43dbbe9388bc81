import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { CanvasRepository } from './canvas.repository';
import { CanvasResolver } from './canvas.resolver';
import { CanvasService } from './canvas.service';
import { CanvasVersionsResolver } from './canvas-versions.resolver';
import { CanvasVersionsService } from './canvas-versions.service';

@Module({
  imports: [CohortsModule],
  providers: [CanvasRepository, CanvasService, CanvasResolver, CanvasVersionsService, CanvasVersionsResolver],
  exports: [CanvasRepository, CanvasService],
})
export class CanvasModule {}
