import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { shutdownTracing } from './tracing';

/** Registered by the app module while tracing is on: flushes and stops the tracer when the app shuts down. */
@Injectable()
export class TracingShutdown implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await shutdownTracing();
  }
}
