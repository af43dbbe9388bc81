import { Module } from '@nestjs/common';
import { SessionCache } from './session-cache';

/**
 * This process's sessions in memory (docs/decisions/0017-sessions-from-memory.md), one instance shared by the session
 * guard and by the services that change what a session carries (role grants), which evict it as soon as their change
 * commits, so this process's very next request sees it; other replicas learn of it by LISTEN/NOTIFY.
 */
@Module({
  providers: [{ provide: SessionCache, useFactory: () => new SessionCache() }],
  exports: [SessionCache],
})
export class SessionCacheModule {}
