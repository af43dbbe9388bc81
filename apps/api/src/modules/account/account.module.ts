import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { SessionCacheModule } from '../auth/session-cache.module';
import { JobsModule } from '../jobs/jobs.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { AccountRepository } from './account.repository';
import { AccountResolver } from './account.resolver';
import { AccountService } from './account.service';

/** "Your account": a person's own password (change, reset by email) and sessions. */
@Module({
  imports: [UsersModule, AuditModule, SessionCacheModule, JobsModule, NotificationsModule],
  providers: [AccountRepository, AccountService, AccountResolver],
})
export class AccountModule {}
