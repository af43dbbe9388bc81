import { DynamicModule, Inject, Injectable, Logger, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Server } from 'node:http';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { MetricsConfig } from '../config/app-config';
import { JobsModule } from '../modules/jobs/jobs.module';
import { JobsService } from '../modules/jobs/jobs.service';
import { ApiMetrics, PoolCounts } from './api-metrics';
import { serverUrl, startMetricsServer } from './metrics-server';

const API_METRICS = Symbol('API_METRICS');
const METRICS_CONFIG = Symbol('METRICS_CONFIG');

/** Wires the metrics to the database pool and the job queues, and serves them on their own port. */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server: Server | undefined;

  constructor(
    @Inject(API_METRICS) private readonly metrics: ApiMetrics,
    @Inject(METRICS_CONFIG) private readonly config: MetricsConfig,
    private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
  ) {}

  /** Where `/metrics` is served, e.g. http://127.0.0.1:9464 (tests ask for port 0 and read it here). */
  get url(): string {
    if (!this.server) throw new Error('The metrics server is not listening.');
    return serverUrl(this.server);
  }

  async onApplicationBootstrap(): Promise<void> {
    // TypeORM's Postgres driver keeps its `pg.Pool` as `master` (no read replicas are configured).
    const driver = this.dataSource.driver as PostgresDriver;
    this.metrics.watchPool(() => driver.master as PoolCounts | undefined);
    this.metrics.watchQueues(() => this.jobs.queueCounts());
    this.server = await startMetricsServer(this.metrics.registry, this.config.port, this.config.host);
    this.logger.log(`Metrics are served on ${this.url}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolveClose) => {
      server.close(() => resolveClose());
      server.closeAllConnections();
    });
  }
}

/** Prometheus metrics (see docs/architecture.md, "What production sees"); only imported when METRICS_PORT is set. */
@Module({})
export class ObservabilityModule {
  static register(metrics: ApiMetrics, config: MetricsConfig): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [JobsModule],
      providers: [{ provide: API_METRICS, useValue: metrics }, { provide: METRICS_CONFIG, useValue: config }, MetricsServer],
      exports: [MetricsServer],
    };
  }
}
