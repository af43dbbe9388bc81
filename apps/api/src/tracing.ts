// Imported first by main.ts: traces start (when OTEL_EXPORTER_OTLP_ENDPOINT is set) before any module they patch loads.
import { startTracing } from './observability/tracing';

startTracing(process.env);
