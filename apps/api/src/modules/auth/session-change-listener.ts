import { Injectable } from '@nestjs/common';
import { DatabaseNotifications } from '../../database/database-notifications';
import { SessionCache } from './session-cache';

/** The channel the database's triggers announce session changes on (migration 1763920000000). */
export const SESSION_CHANGED_CHANNEL = 'idt_session_changed';

/**
 * Keeps this process's `SessionCache` true to the database: on each notification on `idt_session_changed` it evicts
 * the person named ('all': everyone). Every time listening (re)starts it empties the cache, since notifications sent
 * meanwhile are lost; while not listening, `connected` is false and nobody is served from memory.
 */
@Injectable()
export class SessionChangeListener {
  constructor(
    private readonly notifications: DatabaseNotifications,
    cache: SessionCache,
  ) {
    notifications.subscribe(SESSION_CHANGED_CHANNEL, {
      onNotification: (payload) => (!payload || payload === 'all' ? cache.clear() : cache.evictUser(payload)),
      onListening: () => cache.clear(),
      onLost: () => cache.clear(),
    });
  }

  /** True while notifications are being received: only then may the cache be read or filled. */
  get connected(): boolean {
    return this.notifications.listening;
  }
}
