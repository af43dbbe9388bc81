import { Module } from '@nestjs/common';
import { CanvasModule } from '../canvas/canvas.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { LandscapeModule } from '../landscape/landscape.module';
import { CohortProgrammeRepository } from './cohort-programme.repository';
import { CohortProgrammeResolver } from './cohort-programme.resolver';
import { CohortProgrammeService } from './cohort-programme.service';

@Module({
  imports: [CanvasModule, CohortsModule, LandscapeModule],
  providers: [CohortProgrammeRepository, CohortProgrammeService, CohortProgrammeResolver],
})
export class CohortProgrammeModule {}
