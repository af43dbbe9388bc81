import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { CanvasModule } from '../canvas/canvas.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { LandscapeModule } from '../landscape/landscape.module';
import { HomeRepository } from './home.repository';
import { HomeResolver } from './home.resolver';
import { HomeService } from './home.service';

/** Each role's home: composes the assessments, review, cohorts, canvas and landscape modules' services. */
@Module({
  imports: [AssessmentsModule, CanvasModule, CohortsModule, LandscapeModule],
  providers: [HomeRepository, HomeService, HomeResolver],
})
export class HomeModule {}
