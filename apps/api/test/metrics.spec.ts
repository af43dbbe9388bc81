import { DynamicModule } from '@nestjs/common';
import { AppModule } from '../src/app.module';
import { APP_CONFIG, AppConfig } from '../src/config/app-config';
import { MetricsServer, ObservabilityModule } from '../src/observability/observability.module';
import { startTestApp, TestApp } from './support/test-app';

/** One sample of the Prometheus text format: its name, labels and value. */
interface Sample {
  readonly name: string;
  readonly labels: Record<string, string>;
  readonly value: number;
}

function parse(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)/.exec(line);
      if (!match) throw new Error(`not a sample: ${line}`);
      const labels: Record<string, string> = {};
      for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[key!] = value!;
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

/** The value of the one sample with this name and these labels (among others), or undefined when there is none. */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

describe('Prometheus metrics on their own port', () => {
  let api: TestApp;
  let metricsUrl: string;
  const scrape = async () => {
    const response = await fetch(`${metricsUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    return { text, samples: parse(text) };
  };

  beforeAll(async () => {
    // Closing reminders on: the job queue starts, so its gauges have a queue to report.
    api = await startTestApp({ metrics: { port: 0, host: '127.0.0.1' }, closingReminders: true });
    metricsUrl = api.app.get(MetricsServer).url;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('serves /metrics on the metrics port only: the public port answers 404', async () => {
    expect(metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(metricsUrl).not.toBe(api.url);
    expect((await fetch(`${api.url}/metrics`)).status).toBe(404);
    expect((await fetch(`${metricsUrl}/`)).status).toBe(404);
    expect((await fetch(`${metricsUrl}/metrics`, { method: 'POST' })).status).toBe(404);
  });

  it('counts each GraphQL request by operation, times it, and counts errors by code, exactly as sent', async () => {
    const before = (await scrape()).samples;
    const requests = (operation: string, type = 'query') => valueOf(before, 'idt_graphql_requests_total', { operation, type }) ?? 0;
    expect(requests('Regions')).toBe(0);

    for (let i = 0; i < 3; i++) {
      const { status, body } = await api.graphql('query Regions { regions { name } }');
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    }
    const anonymous = await api.graphql('{ regions { name } }');
    expect(anonymous.body.errors).toBeUndefined();
    // Refused: nobody is signed in. The variable's value must never become a label.
    const refused = await api.graphql('query Account($id: ID!) { user(id: $id) { id } }', { id: 'secret-variable-value-4711' });
    expect(refused.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    // Not valid against the schema: no operation to name.
    const invalid = await api.graphql('query Nonsense { noSuchField }');
    expect(invalid.status).toBe(400);
    const signOut = await api.graphql('mutation SignOut { signOut }');
    expect(signOut.status).toBe(200);

    const { text, samples } = await scrape();
    const moved = (name: string, labels: Record<string, string>) =>
      (valueOf(samples, name, labels) ?? 0) - (valueOf(before, name, labels) ?? 0);
    expect(moved('idt_graphql_requests_total', { operation: 'Regions', type: 'query' })).toBe(3);
    expect(moved('idt_graphql_requests_total', { operation: 'anonymous', type: 'query' })).toBe(1);
    expect(moved('idt_graphql_requests_total', { operation: 'Account', type: 'query' })).toBe(1);
    expect(moved('idt_graphql_requests_total', { operation: 'invalid', type: 'unknown' })).toBe(1);
    expect(moved('idt_graphql_requests_total', { operation: 'SignOut', type: 'mutation' })).toBe(1);

    expect(moved('idt_graphql_errors_total', { operation: 'Account', code: 'UNAUTHENTICATED' })).toBe(1);
    expect(moved('idt_graphql_errors_total', { operation: 'invalid', code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(samples.filter((s) => s.name === 'idt_graphql_errors_total' && s.labels['operation'] === 'Regions')).toEqual([]);

    // The histogram: 3 observations of Regions, in cumulative buckets, the last one (+Inf) holding all 3.
    const regions = { operation: 'Regions', type: 'query' };
    expect(moved('idt_graphql_request_duration_seconds_count', regions)).toBe(3);
    expect(moved('idt_graphql_request_duration_seconds_bucket', { ...regions, le: '+Inf' })).toBe(3);
    expect(valueOf(samples, 'idt_graphql_request_duration_seconds_sum', regions)).toBeGreaterThan(0);
    const buckets = samples.filter((s) => s.name === 'idt_graphql_request_duration_seconds_bucket' && s.labels['operation'] === 'Regions');
    expect(buckets.map((b) => b.labels['le'])).toEqual(['0.005', '0.01', '0.025', '0.05', '0.1', '0.25', '0.5', '1', '2.5', '5', '+Inf']);
    expect(buckets.map((b) => b.value)).toEqual([...buckets.map((b) => b.value)].sort((a, b) => a - b));

    // Labels carry operation names and codes, never variables.
    expect(text).not.toContain('secret-variable-value-4711');
    expect(text).not.toContain('noSuchField');
  });

  it('reports the database pool, the job queues and the process', async () => {
    const { samples } = await scrape();
    expect(valueOf(samples, 'idt_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(valueOf(samples, 'idt_db_pool_idle_connections')).toBeGreaterThanOrEqual(0);
    expect(valueOf(samples, 'idt_db_pool_waiting_clients')).toBe(0);
    for (const state of ['queued', 'active', 'failed']) {
      expect(valueOf(samples, 'idt_job_queue_jobs', { queue: 'closing-reminders', state })).toBeGreaterThanOrEqual(0);
    }
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('is off unless a metrics port is configured: no module, no plugin, no server', () => {
    const config = { ...api.app.get<symbol, AppConfig>(APP_CONFIG) };
    const observed = (imports: DynamicModule['imports']) =>
      (imports ?? []).some((i) => (i as DynamicModule | undefined)?.module === ObservabilityModule);
    expect(observed(AppModule.register(config).imports)).toBe(true);
    expect(observed(AppModule.register({ ...config, metrics: undefined }).imports)).toBe(false);
  });
});
