import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { JobsModule } from '../jobs/jobs.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { SystemsModule } from '../systems/systems.module';
import { InvitationAttempts } from './invitation-attempts';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';

/** Invitations: an admin invites a person by email; they accept by the emailed link (docs/decisions/0030). */
@Module({
  imports: [AuthModule, UsersModule, SystemsModule, JobsModule, NotificationsModule],
  providers: [InvitationsRepository, InvitationsService, InvitationsResolver, InvitationAttempts],
})
export class InvitationsModule {}
