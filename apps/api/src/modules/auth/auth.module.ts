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
import { SecondStepRepository } from './second-step/second-step.repository';
import { SecondStepResolver } from './second-step/second-step.resolver';
import { SecondStepService } from './second-step/second-step.service';

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
    // Two-step sign-in (TOTP).
    SecondStepRepository,
    SecondStepService,
    SecondStepResolver,
    // Every resolver and controller needs a signed-in person unless marked @Public().
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthService, SecondStepService],
})
export class AuthModule {}
