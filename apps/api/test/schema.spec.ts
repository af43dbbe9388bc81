import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchemaSdl } from '../src/graphql/print-schema';
import { startTestApp, TestApp } from './support/test-app';

describe('the committed GraphQL schema (apps/api/schema.graphql)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => {
    await api.close();
  });

  it('is the schema the running API serves, so the web types generated from it are true', async () => {
    const live = printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema)) + '\n';
    const committed = readFileSync(join(__dirname, '../schema.graphql'), 'utf8');
    expect(committed).toBe(live);
    // …and the printer `npm run codegen` uses (from the RESOLVERS list, no database) prints the same.
    expect(await buildSchemaSdl()).toBe(live);
  });
});
