/**
 * OpenTelemetry traces, only when `OTEL_EXPORTER_OTLP_ENDPOINT` is set (the collector's base URL; spans go to its
 * `/v1/traces` as OTLP/HTTP JSON). Otherwise nothing is loaded and nothing is patched: no cost at all.
 *
 * `src/tracing.ts` starts it, and `main.ts` imports that before anything else, because instrumentation works by
 * patching `http`, `express`, `pg` and `graphql` as they are first required: a module loaded before it goes untraced.
 * So this file imports nothing but types at the top.
 * Service name: `idt-canvas-api`, unless `OTEL_SERVICE_NAME` says otherwise; `OTEL_RESOURCE_ATTRIBUTES` is read too.
 */
import type { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

export const DEFAULT_SERVICE_NAME = 'idt-canvas-api';

let provider: NodeTracerProvider | undefined;

/** Starts tracing if the environment asks for it; returns whether it did. */
export function startTracing(env: NodeJS.ProcessEnv): boolean {
  if (provider || !env['OTEL_EXPORTER_OTLP_ENDPOINT']) return false;
  // Required here, not imported above: without the variable none of this is ever loaded.
  const { NodeTracerProvider, BatchSpanProcessor } = require('@opentelemetry/sdk-trace-node') as typeof import('@opentelemetry/sdk-trace-node');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const resources = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const { ATTR_SERVICE_NAME } = require('@opentelemetry/semantic-conventions') as typeof import('@opentelemetry/semantic-conventions');
  const { registerInstrumentations } = require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { ExpressInstrumentation, ExpressLayerType } = require('@opentelemetry/instrumentation-express') as typeof import('@opentelemetry/instrumentation-express');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const { GraphQLInstrumentation } = require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');

  const resource = resources
    .defaultResource()
    .merge(resources.resourceFromAttributes({ [ATTR_SERVICE_NAME]: DEFAULT_SERVICE_NAME }))
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, when set, win.
    .merge(resources.detectResources({ detectors: [resources.envDetector] }));
  provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())] });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      // Probes ask often and say nothing a trace needs.
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => ['/healthz', '/readyz'].includes(req.url ?? '') }),
      // Routes and handlers, not every middleware (helmet, compression, …) of every request.
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
      // Statements without their parameters (answers and email addresses never leave in a span).
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
      // The operation's parse, validate and execute, not a span per field; variable values are never recorded.
      new GraphQLInstrumentation({ ignoreResolveSpans: true, allowValues: false }),
    ],
  });
  return true;
}

/** Sends the spans still buffered and stops; the app calls it when it shuts down (SIGTERM). */
export async function shutdownTracing(): Promise<void> {
  const active = provider;
  provider = undefined;
  await active?.shutdown();
}

export function tracingStarted(): boolean {
  return provider !== undefined;
}

