import { Module } from '@nestjs/common';
import { CanvasModule } from '../canvas/canvas.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PlacementModule } from '../placement/placement.module';
import { SignOffRepository } from './sign-off.repository';
import { SignOffResolver } from './sign-off.resolver';
import { SignOffService } from './sign-off.service';

/** Sign-off of a closed cycle's provisional figures, publishing, and corrections afterwards (ADR 0023). */
@Module({
  imports: [CanvasModule, PlacementModule, NotificationsModule],
  providers: [SignOffRepository, SignOffService, SignOffResolver],
  exports: [SignOffRepository],
})
export class SignOffModule {}
