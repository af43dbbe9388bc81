import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { PublishedAnswersCache } from './published-answers.cache';

/** The channel the triggers of migration 1763930000000 notify on when something a published answer is made of changes. */
export const PUBLISHED_CHANGED_CHANNEL = 'idt_published_changed';

/** How long to wait before connecting again after the listening connection is lost (doubling, up to the last). */
const RECONNECT_DELAYS_MS = [100, 500, 1000, 2000, 5000];

/**
 * Keeps this replica's published-answers cache honest: one dedicated PostgreSQL connection (not the pool's: a pooled
 * connection is shared, and LISTEN belongs to a session) that listens on `idt_published_changed` and empties the cache
 * on every notification. While it is not listening, nobody would tell this replica of a change, so the cache is not
 * used at all; on every (re)connection it starts empty, since changes may have been missed meanwhile.
 */
@Injectable()
export class PublishedAnswersListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PublishedAnswersListener.name);
  private client: Client | null = null;
  private stopped = false;
  private attempt = 0;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: PublishedAnswersCache,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.cache.setUsable(false);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** The connection in use, for tests that cut it. */
  get connection(): Client | null {
    return this.client;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'idt-canvas-api-listener' });
    this.client = client;
    let lost = false;
    const onLost = (reason: unknown) => {
      if (lost) return;
      lost = true;
      this.cache.setUsable(false);
      if (this.stopped || this.client !== client) return;
      this.logger.warn(`Lost the connection that hears of changes to published answers (${String(reason)}); not caching until it is back.`);
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', onLost);
    client.on('end', () => onLost('connection ended'));
    client.on('notification', (message) => {
      if (message.channel === PUBLISHED_CHANGED_CHANNEL) this.cache.invalidate();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLISHED_CHANGED_CHANNEL}`);
      if (lost || this.stopped) return;
      this.attempt = 0;
      // Whatever changed while nobody listened: start again from nothing.
      this.cache.setUsable(true);
    } catch (error) {
      onLost(error);
    }
  }

  private scheduleReconnect(): void {
    const delay = RECONNECT_DELAYS_MS[Math.min(this.attempt, RECONNECT_DELAYS_MS.length - 1)];
    this.attempt += 1;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, delay);
    this.retry.unref();
  }
}
