import { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { QueueCounts } from '../modules/jobs/jobs.service';

/** How many distinct operation names get a label of their own; any further name is counted as "other". */
export const MAX_OPERATION_NAMES = 100;

/** Seconds; from a cached `me` (a few ms) to a cold landscape (about a second). */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** What a pg pool says about itself (`pg.Pool`'s counters). */
export interface PoolCounts {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
}


/** How long a sample of the job queues is reused, so a burst of scrapes costs one query. */
export const QUEUE_SAMPLE_TTL_MS = 5_000;

/**
 * The API's Prometheus metrics, in a registry of its own (never prom-client's global one, so one process can hold
 * several apps, as the tests do). Label values are bounded: operation names (capped), operation types and error
 * codes only, never variables or ids.
 */
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'type'>;
  private readonly duration: Histogram<'operation' | 'type'>;
  private readonly errors: Counter<'operation' | 'code'>;
  private readonly operationNames = new Set<string>();

  constructor() {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'idt_graphql_requests_total',
      help: 'GraphQL requests answered, by operation name and type.',
      labelNames: ['operation', 'type'],
      registers,
    });
    this.duration = new Histogram({
      name: 'idt_graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its answer, by operation name and type.',
      labelNames: ['operation', 'type'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.errors = new Counter({
      name: 'idt_graphql_errors_total',
      help: 'Errors in GraphQL answers, by operation name and error code (extensions.code).',
      labelNames: ['operation', 'code'],
      registers,
    });
    collectDefaultMetrics({ register: this.registry });
  }

  /** The label for an operation: its name while fewer than MAX_OPERATION_NAMES are known, else "other". */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES || name.length > 64) return 'other';
    this.operationNames.add(name);
    return name;
  }

  /**
   * An Apollo Server plugin: two hooks per request, none per field. A request whose document did not parse or
   * validate has no operation: it is counted as operation "invalid", type "unknown".
   */
  plugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          willSendResponse: async ({ operation, operationName, response }) => {
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            if (operation) this.observe(operationName ?? null, operation.operation, started, errors ?? []);
            else this.observeLabels({ operation: 'invalid', type: 'unknown' }, started, errors ?? []);
          },
        };
      },
    };
  }

  /** Counts one answered request (Apollo's plugin above, or the direct path): its time and every error's code. */
  observe(operationName: string | null, type: string, started: bigint, errors: readonly GraphQLFormattedError[]): void {
    this.observeLabels({ operation: this.operationLabel(operationName), type }, started, errors);
  }

  private observeLabels(labels: { operation: string; type: string }, started: bigint, errors: readonly GraphQLFormattedError[]): void {
    this.requests.inc(labels);
    this.duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
    for (const error of errors) {
      const code = error.extensions?.['code'];
      this.errors.inc({ operation: labels.operation, code: typeof code === 'string' ? code : 'UNKNOWN' });
    }
  }

  /** Gauges read from the database pool when scraped. */
  watchPool(pool: () => PoolCounts | undefined): void {
    const gauge = (name: string, help: string, read: (p: PoolCounts) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const counts = pool();
          if (counts) this.set(read(counts));
        },
      });
    gauge('idt_db_pool_connections', 'Connections the database pool holds open.', (p) => p.totalCount);
    gauge('idt_db_pool_idle_connections', 'Open connections not in use.', (p) => p.idleCount);
    gauge('idt_db_pool_waiting_clients', 'Queries waiting for a free connection.', (p) => p.waitingCount);
  }

  /** Gauges of the job queues, sampled when scraped and reused for QUEUE_SAMPLE_TTL_MS. */
  watchQueues(sample: () => Promise<readonly QueueCounts[]>, now: () => number = Date.now): void {
    let cached: { at: number; counts: Promise<readonly QueueCounts[]> } | undefined;
    const read = (): Promise<readonly QueueCounts[]> => {
      if (!cached || now() - cached.at >= QUEUE_SAMPLE_TTL_MS) {
        const counts = sample().catch(() => [] as QueueCounts[]);
        cached = { at: now(), counts };
      }
      return cached.counts;
    };
    new Gauge({
      name: 'idt_job_queue_jobs',
      help: 'Background jobs by queue and state (queued: waiting or to retry; active; failed and kept).',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const q of await read()) {
          this.set({ queue: q.queue, state: 'queued' }, q.queued);
          this.set({ queue: q.queue, state: 'active' }, q.active);
          this.set({ queue: q.queue, state: 'failed' }, q.failed);
        }
      },
    });
  }
}
