import { Module } from '@nestjs/common';
import { CanvasModule } from '../canvas/canvas.module';
import { CyclePlacementRepository } from './cycle-placement.repository';
import { CyclePlacementService } from './cycle-placement.service';
import { LandscapeRepository } from './landscape.repository';
import { LandscapeResolver } from './landscape.resolver';
import { LandscapeService } from './landscape.service';
import { PeerSharingService } from './peer-sharing.service';
import { ProfileService } from './profile.service';
import { SystemsModule } from '../systems/systems.module';

@Module({
  imports: [CanvasModule, SystemsModule],
  providers: [LandscapeRepository, CyclePlacementRepository, CyclePlacementService, LandscapeService, LandscapeResolver, PeerSharingService, ProfileService],
  exports: [LandscapeRepository, LandscapeService],
})
export class LandscapeModule {}
