import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SessionCache } from './session-cache';

/** The channel the database's triggers announce session changes on (migration 1763920000000). */
export const SESSION_CHANGED_CHANNEL = 'idt_session_changed';

/** How long to wait before connecting again after the connection drops: doubling from 100 ms to 5 s. */
const RECONNECT_MS = { first: 100, max: 5_000 } as const;

/**
 * Keeps this process's `SessionCache` true to the database: LISTENs on `idt_session_changed` over a connection of
 * its own (not the pool's: a pooled client goes back to the pool and stops listening) and evicts the person each
 * notification names ('all': everyone). Every time it (re)connects it empties the cache, since notifications sent
 * while it was away are lost; while it is not connected, `connected` is false and nobody is served from memory.
 */
@Injectable()
export class SessionChangeListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionChangeListener.name);
  private client: Client | undefined;
  private listening = false;
  private stopped = false;
  private retryMs: number = RECONNECT_MS.first;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cache: SessionCache,
  ) {}

  /** True while notifications are being received: only then may the cache be read or filled. */
  get connected(): boolean {
    return this.listening;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.listening = false;
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'idt-canvas-sessions' });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel !== SESSION_CHANGED_CHANNEL) return;
      if (!message.payload || message.payload === 'all') this.cache.clear();
      else this.cache.evictUser(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_CHANGED_CHANNEL}`);
      if (this.stopped || this.client !== client) return;
      // Whatever changed while nobody was listening is unknown: start from empty.
      this.cache.clear();
      this.listening = true;
      this.retryMs = RECONNECT_MS.first;
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: Client, error?: unknown): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.listening = false;
    this.cache.clear();
    client.end().catch(() => undefined);
    if (this.stopped) return;
    if (error) this.logger.warn(`Session change listener lost its connection; reconnecting: ${String(error)}`);
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MS.max);
  }
}
