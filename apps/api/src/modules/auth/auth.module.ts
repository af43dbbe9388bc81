import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { ExternalIdentitiesRepository } from './oidc/external-identities.repository';
import { OidcClient } from './oidc/oidc-client';
import { OidcController } from './oidc/oidc.controller';
import { OidcEnabledGuard } from './oidc/oidc-enabled.guard';
import { OidcStrategy } from './oidc/oidc.strategy';
import { SessionCacheModule } from './session-cache.module';
import { SessionChangeListener } from './session-change-listener';
import { SessionGuard } from './session.guard';
import { SessionsRepository } from './sessions.repository';
import { KnownDevicesRepository } from './known-devices.repository';

@Module({
  imports: [PassportModule.register({ session: false }), UsersModule, AuditModule, SessionCacheModule],
  controllers: [OidcController],
  providers: [
    AuthService,
    SessionsRepository,
    KnownDevicesRepository,
    // Sessions served from memory (SessionCacheModule), kept true across replicas by LISTEN/NOTIFY.
    SessionChangeListener,
    ExternalIdentitiesRepository,
    LocalStrategy,
    OidcClient,
    OidcStrategy,
    OidcEnabledGuard,
    AuthResolver,
    // Every resolver and controller needs a signed-in person unless marked @Public().
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
