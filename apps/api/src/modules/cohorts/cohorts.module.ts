import { Module } from '@nestjs/common';
import { SystemsModule } from '../systems/systems.module';
import { CohortsRepository } from './cohorts.repository';
import { CohortsResolver } from './cohorts.resolver';
import { CohortsService } from './cohorts.service';

@Module({
  imports: [SystemsModule],
  providers: [CohortsRepository, CohortsService, CohortsResolver],
  exports: [CohortsRepository, CohortsService],
})
export class CohortsModule {}
