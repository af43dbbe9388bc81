import { Module } from '@nestjs/common';
import { CanvasModule } from '../canvas/canvas.module';
import { LandscapeRepository } from './landscape.repository';
import { LandscapeResolver } from './landscape.resolver';
import { LandscapeService } from './landscape.service';
import { PeerSharingService } from './peer-sharing.service';

@Module({
  imports: [CanvasModule],
  providers: [LandscapeRepository, LandscapeService, LandscapeResolver, PeerSharingService],
})
export class LandscapeModule {}
