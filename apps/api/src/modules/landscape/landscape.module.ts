import { Module } from '@nestjs/common';
import { CanvasModule } from '../canvas/canvas.module';
import { PlacementModule } from '../placement/placement.module';
import { SystemsModule } from '../systems/systems.module';
import { LandscapeRepository } from './landscape.repository';
import { LandscapeResolver } from './landscape.resolver';
import { LandscapeService } from './landscape.service';
import { PeerSharingService } from './peer-sharing.service';
import { ProfileService } from './profile.service';

@Module({
  imports: [CanvasModule, SystemsModule, PlacementModule],
  providers: [LandscapeRepository, LandscapeService, LandscapeResolver, PeerSharingService, ProfileService],
  exports: [LandscapeRepository, LandscapeService],
})
export class LandscapeModule {}
