import { Module } from '@nestjs/common';
import { CanvasModule } from '../canvas/canvas.module';
import { CrosswalkRepository } from './crosswalk.repository';
import { CrosswalkResolver, ProfileCycleCrosswalkResolver } from './crosswalk.resolver';
import { CrosswalkService } from './crosswalk.service';

/** Results in the crosswalk's terms: an ICS's on its profile, and every ICS's for the national view (ADR 0025). */
@Module({
  imports: [CanvasModule],
  providers: [CrosswalkRepository, CrosswalkService, CrosswalkResolver, ProfileCycleCrosswalkResolver],
})
export class CrosswalkModule {}
