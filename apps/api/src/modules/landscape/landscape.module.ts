import { Module } from '@nestjs/common';
import { CanvasModule } from '../canvas/canvas.module';
import { PlacementModule } from '../placement/placement.module';
import { SignOffModule } from '../sign-off/sign-off.module';
import { SystemsModule } from '../systems/systems.module';
import { LandscapeRepository } from './landscape.repository';
import { LandscapeResolver } from './landscape.resolver';
import { LandscapeService } from './landscape.service';
import { NewestLandscapeRepository } from './newest-landscape.repository';
import { NewestLandscapeResolver } from './newest-landscape.resolver';
import { NewestLandscapeService } from './newest-landscape.service';
import { PeerSharingService } from './peer-sharing.service';
import { ProfileService } from './profile.service';
import { PublishedAnswersModule } from '../published-answers/published-answers.module';

@Module({
  imports: [CanvasModule, SystemsModule, PlacementModule, PublishedAnswersModule, SignOffModule],
  providers: [LandscapeRepository, LandscapeService, LandscapeResolver, PeerSharingService, ProfileService,
    NewestLandscapeRepository, NewestLandscapeService, NewestLandscapeResolver],
  exports: [LandscapeRepository, LandscapeService],
})
export class LandscapeModule {}
