// First of all: OpenTelemetry must patch http, express, pg and graphql before they are loaded (off unless configured).
import './tracing';
import { Logger } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/app-config';

async function main(): Promise<void> {
  const builtWeb = resolve(__dirname, '../../web/dist');
  const config = loadConfig(process.env, { webRoot: existsSync(builtWeb) ? builtWeb : undefined });
  const app = await createApp(config);
  await app.listen(config.port, '0.0.0.0');
  new Logger('Main').log(`IDT Canvas is serving on port ${config.port}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `Configuration error: ${error.message}` : error);
  process.exit(1);
});
