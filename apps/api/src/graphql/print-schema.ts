import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RESOLVERS } from './resolvers';

/** Builds the SDL from the code-first resolvers, sorted, exactly as the running API serves it. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  try {
    await app.init();
    const schema = await app.get(GraphQLSchemaFactory).create([...RESOLVERS]);
    return printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}

/** `node dist/graphql/print-schema.js <file>`: writes the SDL that the web app's code generator reads. */
if (require.main === module) {
  const target = resolve(process.argv[2] ?? 'schema.graphql');
  buildSchemaSdl()
    .then((sdl) => {
      writeFileSync(target, sdl);
      console.log(`Wrote the GraphQL schema to ${target}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
