import { ChildProcess, spawn } from 'node:child_process';
import { IncomingMessage, Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DEFAULT_SERVICE_NAME } from '../src/observability/tracing';
import { createTestDatabase, dropTestDatabase } from './support/test-database';

/** What the OTLP/HTTP JSON exporter sends (the parts the test reads). */
interface ExportRequest {
  resourceSpans: {
    resource: { attributes: { key: string; value: { stringValue?: string } }[] };
    scopeSpans: { scope: { name: string }; spans: { name: string; traceId: string; attributes: { key: string }[] }[] }[];
  }[];
}

interface ReceivedSpan {
  readonly service: string | undefined;
  readonly scope: string;
  readonly name: string;
  readonly traceId: string;
}

/** A stand-in OpenTelemetry collector: keeps every span posted to /v1/traces. */
async function startCollector(): Promise<{ server: Server; url: string; spans: ReceivedSpan[]; contentTypes: string[] }> {
  const spans: ReceivedSpan[] = [];
  const contentTypes: string[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST' || req.url !== '/v1/traces') {
      res.writeHead(404).end();
      return;
    }
    contentTypes.push(req.headers['content-type'] ?? '');
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ExportRequest;
    for (const resourceSpans of body.resourceSpans) {
      const service = resourceSpans.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue;
      for (const scopeSpans of resourceSpans.scopeSpans) {
        for (const span of scopeSpans.spans) spans.push({ service, scope: scopeSpans.scope.name, name: span.name, traceId: span.traceId });
      }
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, spans, contentTypes };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** The API as production starts it (`src/main.ts`, tracing first), from its sources, in a process of its own. */
async function startApiProcess(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; exited: Promise<unknown> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', join(__dirname, 'support/require-typescript.cjs'), join(__dirname, '../src/main.ts')], {
    cwd: join(__dirname, '..'),
    env: { PATH: process.env['PATH'] ?? '', PORT: String(port), LOG_LEVEL: 'silent', WEB_ROOT: '', CLOSING_REMINDERS: 'false', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise((r) => child.once('exit', (code, signal) => r(signal ?? code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) return { child, url, exited };
    if (Date.now() > deadline) throw new Error('the API did not become ready');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function loadedModules(child: ChildProcess): Promise<string[]> {
  return new Promise((resolveModules) => {
    child.once('message', (message) => resolveModules((message as { loadedModules: string[] }).loadedModules));
    child.send('loaded-modules');
  });
}

async function graphql(url: string, query: string): Promise<number> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  await response.json();
  return response.status;
}

const isTracingModule = (path: string) => /@opentelemetry[\\/](sdk-trace|instrumentation|exporter)/.test(path);

describe('OpenTelemetry traces', () => {
  jest.setTimeout(180_000);
  let database: { name: string; url: string };
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    if (database) await dropTestDatabase(database.name);
  });

  it('with OTEL_EXPORTER_OTLP_ENDPOINT set, sends the GraphQL operation and its SQL as spans of one trace, flushed on SIGTERM', async () => {
    const collector = await startCollector();
    try {
      // Spans are batched; a batch this slow and this large (60 s, 10,000 spans) only leaves before the test ends if
      // SIGTERM sends it.
      const batching = { OTEL_BSP_SCHEDULE_DELAY: '60000', OTEL_BSP_MAX_QUEUE_SIZE: '10000', OTEL_BSP_MAX_EXPORT_BATCH_SIZE: '10000' };
      const api = await startApiProcess({ DATABASE_URL: database.url, OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, ...batching });
      expect(await graphql(api.url, 'query Regions { regions { name } }')).toBe(200);
      expect(collector.spans).toEqual([]);
      api.child.kill('SIGTERM');
      expect(await api.exited).toBe('SIGTERM');

      expect(collector.contentTypes.length).toBeGreaterThan(0);
      expect(collector.contentTypes.every((type) => type.startsWith('application/json'))).toBe(true);
      const operation = collector.spans.find((s) => s.name === 'query Regions');
      expect(operation).toMatchObject({ service: DEFAULT_SERVICE_NAME, scope: '@opentelemetry/instrumentation-graphql' });
      const sameTrace = collector.spans.filter((s) => s.traceId === operation!.traceId);
      expect(sameTrace.map((s) => s.scope)).toEqual(expect.arrayContaining(['@opentelemetry/instrumentation-http', '@opentelemetry/instrumentation-pg']));
      expect(collector.spans.some((s) => s.scope === '@opentelemetry/instrumentation-pg' && s.traceId === operation!.traceId)).toBe(true);
    } finally {
      await new Promise((r) => collector.server.close(r));
    }
  });

  it('without it, loads no tracing at all', async () => {
    const api = await startApiProcess({ DATABASE_URL: database.url });
    try {
      expect(await graphql(api.url, 'query Regions { regions { name } }')).toBe(200);
      const modules = await loadedModules(api.child);
      expect(modules.some((path) => path.includes(join('node_modules', '@nestjs', 'core')))).toBe(true); // the list is real
      expect(modules.filter(isTracingModule)).toEqual([]);
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
    }
  });
});
