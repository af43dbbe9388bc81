import { Module } from '@nestjs/common';
import { CanvasModule } from '../canvas/canvas.module';
import { PlacementRepository } from './placement.repository';
import { PlacementService } from './placement.service';

/**
 * The placement read model (docs/decisions/0020): the aggregate, the stored placements, their rebuild and every read
 * of them. The landscape, profiles, cohorts' views and movement read through `PlacementService` only.
 */
@Module({
  imports: [CanvasModule],
  providers: [PlacementRepository, PlacementService],
  exports: [PlacementService],
})
export class PlacementModule {}
