import { Module } from '@nestjs/common';
import { CanvasModule } from '../canvas/canvas.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { PlacementModule } from '../placement/placement.module';
import { CohortProgrammeRepository } from './cohort-programme.repository';
import { CohortProgrammeResolver } from './cohort-programme.resolver';
import { CohortProgrammeService } from './cohort-programme.service';

@Module({
  imports: [CanvasModule, CohortsModule, PlacementModule],
  providers: [CohortProgrammeRepository, CohortProgrammeService, CohortProgrammeResolver],
})
export class CohortProgrammeModule {}
