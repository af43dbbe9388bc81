import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { acrossEverySystem } from '../../database/database-scope';

/** The background jobs the API runs. Each name is a queue in PostgreSQL (pg-boss's own schema, `pgboss`). */
export type JobName = 'notification-email' | 'closing-reminders' | 'account-email' | 'invitation-email';

export interface QueueCounts {
  readonly queue: string;
  readonly queued: number;
  readonly active: number;
  readonly failed: number;
}

export interface JobOptions {
  /** How many times to try again after a failure, waiting longer each time. */
  readonly retryLimit?: number;
  /** Only one job with this key waits at a time (e.g. one reminder sweep). */
  readonly singletonKey?: string;
}

/**
 * Background work on a PostgreSQL-backed queue (pg-boss), not a home-made one: jobs survive restarts, failed ones are
 * retried with backoff, and with several API replicas each job (and each scheduled run) is done by one of them.
 * It starts only when something needs it (email is configured, or closing reminders are on), so a deployment that
 * needs neither, and the integration tests, run without it.
 */
@Injectable()
export class JobsService implements OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private starting: Promise<PgBoss> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * Starts the queue (once), creating pg-boss's schema on first use. pg-boss connects as the database owner
   * (`DATABASE_URL`): it creates its schema and, for each new queue, a table of its own (ADR 0034); its connections
   * touch only that schema, and the handlers' work goes through the API's pool, as the app's role.
   */
  private start(): Promise<PgBoss> {
    this.starting ??= (async () => {
      const boss = new PgBoss({ connectionString: this.config.databaseUrl, schema: 'pgboss', max: 2, application_name: 'idt-canvas-jobs' });
      boss.on('error', (error: unknown) => this.logger.error(`Job queue: ${String(error)}`));
      await boss.start();
      return boss;
    })();
    return this.starting;
  }

  /** Runs `handler` for each job of `name`, one at a time; a handler that throws has its job retried. */
  async work<T extends object>(name: JobName, handler: (data: T) => Promise<void>): Promise<void> {
    const boss = await this.start();
    await boss.createQueue(name);
    // A job is the service's own work, over every ICS, whoever's request happened to start the queue.
    await boss.work<T>(name, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => acrossEverySystem(() => handler(job.data)));
  }

  async send(name: JobName, data: object, options: JobOptions = {}): Promise<void> {
    const boss = await this.start();
    await boss.send(name, data, { retryLimit: options.retryLimit ?? 5, retryDelay: 30, retryBackoff: true, singletonKey: options.singletonKey });
  }

  /** Runs job `name` on a cron schedule (UK time); with several replicas, one of them runs each occurrence. */
  async schedule(name: JobName, cron: string): Promise<void> {
    const boss = await this.start();
    await boss.createQueue(name);
    await boss.schedule(name, cron, {}, { tz: 'Europe/London' });
  }

  /**
   * Jobs per queue, by state, for the metrics (one query); none while the queue has not started on this replica.
   * Queued means waiting or waiting to be retried; failed jobs are kept until pg-boss's retention removes them.
   */
  async queueCounts(): Promise<QueueCounts[]> {
    if (!this.starting) return [];
    const boss = await this.starting;
    const { rows } = (await boss.getDb().executeSql(
      `SELECT q.name AS queue,
              count(*) FILTER (WHERE j.state IN ('created', 'retry'))::int AS queued,
              count(*) FILTER (WHERE j.state = 'active')::int AS active,
              count(*) FILTER (WHERE j.state = 'failed')::int AS failed
         FROM pgboss.queue q LEFT JOIN pgboss.job j ON j.name = q.name
        WHERE left(q.name, 2) <> '__' -- pg-boss's own cron queue
        GROUP BY q.name ORDER BY q.name`,
      [],
    )) as { rows: QueueCounts[] };
    return rows;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.starting) return;
    const boss = await this.starting.catch(() => null);
    await boss?.stop({ graceful: true, timeout: 5_000, wait: true });
  }
}
