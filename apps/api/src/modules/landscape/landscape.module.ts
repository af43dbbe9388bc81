import { Module } from '@nestjs/common';
import { CanvasModule } from '../canvas/canvas.module';
import { LandscapeRepository } from './landscape.repository';
import { LandscapeResolver } from './landscape.resolver';
import { LandscapeService } from './landscape.service';
import { PeerSharingService } from './peer-sharing.service';
import { ProfileService } from './profile.service';
import { SystemsModule } from '../systems/systems.module';

@Module({
  imports: [CanvasModule, SystemsModule],
  providers: [LandscapeRepository, LandscapeService, LandscapeResolver, PeerSharingService, ProfileService],
  exports: [LandscapeRepository],
})
export class LandscapeModule {}
