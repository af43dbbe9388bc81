import { Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { appDatabaseUrl } from './app-role';

/** What a subscriber to a channel is told. */
export interface ChannelSubscriber {
  /** A notification on the channel, with its payload ('' when none). */
  onNotification(payload: string): void;
  /**
   * Listening (again): notifications sent while nobody listened are lost, so whatever the subscriber keeps from
   * before may be out of date.
   */
  onListening(): void;
  /** No longer listening: until `onListening`, nothing tells the subscriber of a change. */
  onLost(): void;
}

/** The application name of the listening connection (tests cut it by this name). */
export const LISTENER_APPLICATION_NAME = 'idt-canvas-listener';

/** How long to wait before connecting again after the connection drops: doubling from 100 ms to 5 s. */
const RECONNECT_MS = { first: 100, max: 5_000 } as const;

/**
 * PostgreSQL `LISTEN` for this process: one connection of its own (not the pool's: a pooled client goes back to the
 * pool and stops listening) on every channel a subscriber asked for, reconnecting when it drops. Caches that must be
 * emptied on every replica at once (sessions, published answers) subscribe to the channel their triggers notify on.
 */
@Injectable()
export class DatabaseNotifications implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseNotifications.name);
  private readonly subscribers = new Map<string, ChannelSubscriber[]>();
  private client: Client | undefined;
  private isListening = false;
  private stopped = false;
  private retryMs: number = RECONNECT_MS.first;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Subscribes to a channel. Call it while the application is built (in a constructor), before it starts listening. */
  subscribe(channel: string, subscriber: ChannelSubscriber): void {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`Not a channel name: ${channel}`);
    if (this.client) throw new Error(`Subscribe to ${channel} before the application starts.`);
    this.subscribers.set(channel, [...(this.subscribers.get(channel) ?? []), subscriber]);
  }

  /** True while notifications are being received. */
  get listening(): boolean {
    return this.isListening;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.subscribers.size > 0) await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.setListening(false);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({ connectionString: appDatabaseUrl(this.config), application_name: LISTENER_APPLICATION_NAME });
    this.client = client;
    client.on('notification', (message) => {
      for (const subscriber of this.subscribers.get(message.channel) ?? []) subscriber.onNotification(message.payload ?? '');
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.subscribers.keys()) await client.query(`LISTEN ${channel}`);
      if (this.stopped || this.client !== client) return;
      this.retryMs = RECONNECT_MS.first;
      this.setListening(true);
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: Client, error?: unknown): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.setListening(false);
    client.end().catch(() => undefined);
    if (this.stopped) return;
    if (error) this.logger.warn(`The listening connection was lost; reconnecting: ${String(error)}`);
    this.retryTimer = setTimeout(() => void this.connect(), this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MS.max);
  }

  private setListening(listening: boolean): void {
    this.isListening = listening;
    for (const subscriber of [...this.subscribers.values()].flat()) {
      if (listening) subscriber.onListening();
      else subscriber.onLost();
    }
  }
}

/** Provides `DatabaseNotifications` to every module. */
@Global()
@Module({ providers: [DatabaseNotifications], exports: [DatabaseNotifications] })
export class DatabaseNotificationsModule {}
