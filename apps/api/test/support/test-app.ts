import { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { AppConfig } from '../../src/config/app-config';
import { createTestDatabase, dropTestDatabase } from './test-database';

export interface TestApp {
  readonly app: NestExpressApplication;
  /** Base URL of the listening server, e.g. http://127.0.0.1:40123 */
  readonly url: string;
  /** The API's own pool: as the app's role (`idt_app`), which owns nothing (ADR 0034). */
  readonly database: DataSource;
  /** Runs SQL as the database's owner, for what the app's role may not do (DDL, switching a trigger off). */
  asOwner<T = Record<string, unknown>>(sql: string, parameters?: unknown[]): Promise<T[]>;
  readonly databaseName: string;
  readonly databaseUrl: string;
  /** POSTs a GraphQL request as the web app does and returns the status and parsed body. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; body: GraphQLBody<T> }>;
  close(): Promise<void>;
}

export interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

/**
 * The real application, built as production builds it, on a fresh database of its own that the app migrates
 * from empty at start-up. Listens on a free port so tests speak HTTP to it.
 */
export async function startTestApp(overrides: Partial<AppConfig> = {}, options: { directGraphQL?: boolean } = {}): Promise<TestApp> {
  // A second app on an existing database (e.g. to test a restart) passes its databaseUrl; it owns no database.
  const { name, url: databaseUrl } = overrides.databaseUrl
    ? { name: '', url: overrides.databaseUrl }
    : await createTestDatabase();
  const config: AppConfig = {
    port: 0,
    databaseUrl,
    production: false,
    logLevel: 'silent',
    webRoot: undefined,
    seedDemoData: false,
    bootstrapAdmin: undefined,
    oidc: undefined,
    publicUrl: 'http://localhost',
    email: undefined,
    closingReminders: false,
    ...overrides,
  };
  const app = await createApp(config, options);
  await app.listen(config.port, '127.0.0.1');
  const address = app.getHttpServer().address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  return {
    app,
    url,
    database: app.get(DataSource),
    databaseName: name,
    databaseUrl,
    async asOwner<T>(sql: string, parameters: unknown[] = []) {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return (await client.query(sql, parameters)).rows as T[];
      } finally {
        await client.end();
      }
    },
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLBody<T> };
    },
    async close() {
      await app.close();
      if (name) await dropTestDatabase(name);
    },
  };
}
