import { Injectable } from '@nestjs/common';
import { DatabaseNotifications } from '../../database/database-notifications';
import { PublishedAnswersCache } from './published-answers.cache';

/** The channel the triggers of migration 1763930000000 notify on when something a published answer is made of changes. */
export const PUBLISHED_CHANGED_CHANNEL = 'idt_published_changed';

/**
 * Keeps this replica's published-answers cache honest: empties it on every notification on `idt_published_changed`.
 * While not listening, nobody would tell this replica of a change, so the cache is not used at all; on every
 * (re)start of listening it starts empty, since changes may have been missed meanwhile.
 */
@Injectable()
export class PublishedAnswersListener {
  constructor(notifications: DatabaseNotifications, cache: PublishedAnswersCache) {
    notifications.subscribe(PUBLISHED_CHANGED_CHANNEL, {
      onNotification: () => cache.invalidate(),
      onListening: () => cache.setUsable(true),
      onLost: () => cache.setUsable(false),
    });
  }
}
