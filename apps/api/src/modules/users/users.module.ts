import { Module } from '@nestjs/common';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionCacheModule } from '../auth/session-cache.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { SystemsModule } from '../systems/systems.module';
import { UsersRepository } from './users.repository';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [SystemsModule, CohortsModule, SessionCacheModule],
  providers: [UsersRepository, UsersService, UsersResolver, PasswordHasher],
  exports: [UsersRepository, UsersService, PasswordHasher],
})
export class UsersModule {}
