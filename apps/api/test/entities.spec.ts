import { Client } from 'pg';
import { Column, DataSource, Entity, EntityMetadata, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { databaseOptions, ENTITIES } from '../src/database/database.options';
import { CohortEntity } from '../src/modules/cohorts/cohort.entity';
import { startTestApp, TestApp } from './support/test-app';

/** What a migrated database says about its `public` tables: columns, primary keys and foreign keys. */
interface DatabaseSchema {
  readonly tables: readonly string[];
  readonly columns: ReadonlyMap<string, DatabaseColumn>;
  readonly foreignKeys: readonly { table: string; columns: string; referencedTable: string }[];
}

interface DatabaseColumn {
  readonly dataType: string;
  readonly elementType: string | null;
  readonly nullable: boolean;
  readonly default: string | null;
  readonly identity: boolean;
  readonly length: number | null;
  readonly primary: boolean;
}

async function describeDatabase(client: Client): Promise<DatabaseSchema> {
  const tables = await client.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1`,
  );
  const columns = await client.query<{
    table_name: string;
    column_name: string;
    data_type: string;
    element_type: string | null;
    is_nullable: string;
    column_default: string | null;
    is_identity: string;
    character_maximum_length: number | null;
    primary: boolean;
  }>(
    `SELECT c.table_name, c.column_name, c.data_type, e.data_type AS element_type, c.is_nullable, c.column_default,
            c.is_identity, c.character_maximum_length,
            EXISTS (SELECT 1 FROM information_schema.table_constraints t
                    JOIN information_schema.key_column_usage k USING (constraint_schema, constraint_name, table_name)
                    WHERE t.constraint_type = 'PRIMARY KEY' AND t.table_schema = 'public'
                      AND t.table_name = c.table_name AND k.column_name = c.column_name) AS primary
     FROM information_schema.columns c
     LEFT JOIN information_schema.element_types e
       ON e.object_schema = c.table_schema AND e.object_name = c.table_name AND e.object_type = 'TABLE'
      AND e.collection_type_identifier = c.dtd_identifier
     WHERE c.table_schema = 'public' AND c.table_name <> 'migrations'`,
  );
  const foreignKeys = await client.query<{ table: string; columns: string; referenced_table: string }>(
    `SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS referenced_table,
            (SELECT string_agg(a.attname, ',' ORDER BY a.attname) FROM pg_attribute a
             WHERE a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)) AS columns
     FROM pg_constraint c WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
  );
  return {
    tables: tables.rows.map((t) => t.name),
    columns: new Map(
      columns.rows.map((c) => [
        `${c.table_name}.${c.column_name}`,
        {
          dataType: c.data_type,
          elementType: c.element_type,
          nullable: c.is_nullable === 'YES',
          default: c.column_default,
          identity: c.is_identity === 'YES',
          length: c.character_maximum_length,
          primary: c.primary,
        },
      ]),
    ),
    foreignKeys: foreignKeys.rows.map((f) => ({ table: f.table, columns: f.columns, referencedTable: f.referenced_table })),
  };
}

/** A default as text without quotes or casts, so that `''::text` and `''`, `1` and `'1'` compare equal. */
const bareDefault = (value: string | undefined | null): string | null =>
  value === undefined || value === null ? null : value.replace(/::[a-z ]+(\[\])?/g, '').replace(/^'(.*)'$/s, '$1');

/**
 * Why an entity does not describe its table in this database (empty when it does): the table, every column the entity
 * maps (name, type, length, nullability, primary key, default or generation), every column the table has, and every
 * foreign key of its relations.
 */
function entityProblems(dataSource: DataSource, metadata: EntityMetadata, schema: DatabaseSchema): string[] {
  const table = metadata.tableName;
  if (!schema.tables.includes(table)) return [`${metadata.name}: table "${table}" does not exist`];
  const problems: string[] = [];
  for (const column of metadata.columns) {
    const where = `${metadata.name} ${table}.${column.databaseName}`;
    const actual = schema.columns.get(`${table}.${column.databaseName}`);
    if (!actual) {
      problems.push(`${where}: no such column`);
      continue;
    }
    const type = dataSource.driver.normalizeType(column);
    const actualType = column.isArray ? actual.elementType : actual.dataType;
    if (column.isArray !== (actual.dataType === 'ARRAY')) problems.push(`${where}: array ${column.isArray}, database says ${actual.dataType}`);
    if (type !== actualType) problems.push(`${where}: type ${type}, database says ${actualType}`);
    if (column.length && Number(column.length) !== actual.length) problems.push(`${where}: length ${column.length}, database says ${actual.length}`);
    if (column.isNullable !== actual.nullable) problems.push(`${where}: nullable ${column.isNullable}, database says ${actual.nullable}`);
    if (column.isPrimary !== actual.primary) problems.push(`${where}: primary ${column.isPrimary}, database says ${actual.primary}`);
    if (column.isGenerated && column.generationStrategy === 'uuid') {
      if (actual.default !== 'gen_random_uuid()') problems.push(`${where}: generated uuid, database default ${actual.default}`);
    } else if (column.isGenerated) {
      if (!actual.identity) problems.push(`${where}: generated identity, database says it is not an identity column`);
    } else {
      const expected = bareDefault(dataSource.driver.normalizeDefault(column));
      if (expected !== bareDefault(actual.default)) problems.push(`${where}: default ${expected}, database says ${actual.default}`);
    }
  }
  const mapped = new Set(metadata.columns.map((c) => c.databaseName));
  for (const key of schema.columns.keys()) {
    const [columnTable, column] = key.split('.');
    if (columnTable === table && !mapped.has(column)) problems.push(`${metadata.name} ${key}: column not in the entity`);
  }
  for (const foreignKey of metadata.foreignKeys) {
    const columns = [...foreignKey.columnNames].sort().join(',');
    const referencedTable = foreignKey.referencedEntityMetadata.tableName;
    if (!schema.foreignKeys.some((f) => f.table === table && f.columns === columns && f.referencedTable === referencedTable)) {
      problems.push(`${metadata.name} ${table} (${columns}) → ${referencedTable}: no such foreign key`);
    }
  }
  return problems;
}

/** Tables with no entity, or more than one. */
function coverageProblems(metadatas: readonly EntityMetadata[], schema: DatabaseSchema): string[] {
  return schema.tables.flatMap((table) => {
    const entities = metadatas.filter((m) => m.tableName === table).map((m) => m.name);
    return entities.length === 1 ? [] : [`table "${table}" has ${entities.length} entities (${entities.join(', ') || 'none'})`];
  });
}

/** An answer's entity as it would be if a migration renamed `self_score` to `self_level` and the entity stayed behind. */
@Entity({ name: 'assessment_response' })
class StaleAssessmentResponse {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  /** A relation to the wrong table: the foreign key points at `assessment`. */
  @ManyToOne(() => CohortEntity)
  @JoinColumn({ name: 'assessment_id' })
  assessment?: CohortEntity;

  @PrimaryColumn({ name: 'criterion_key', type: 'text' })
  criterionKey!: string;

  @Column({ name: 'self_score', type: 'smallint', nullable: true })
  selfScore!: number | null;

  @Column({ name: 'not_assessed', type: 'integer', default: false })
  notAssessed!: boolean;

  @Column({ type: 'text', nullable: true, default: '' })
  evidence!: string | null;
}

describe('entities describe the migrated database', () => {
  let api: TestApp;
  let client: Client;
  let schema: DatabaseSchema;

  beforeAll(async () => {
    api = await startTestApp();
    client = new Client({ connectionString: api.databaseUrl });
    await client.connect();
    schema = await describeDatabase(client);
  });

  afterAll(async () => {
    await client?.end();
    await api?.close();
  });

  it('the app registers every entity (database/entities.ts)', () => {
    expect(api.database.entityMetadatas.map((m) => m.target)).toEqual(expect.arrayContaining(ENTITIES));
    expect(api.database.entityMetadatas).toHaveLength(ENTITIES.length);
  });

  it('every table of the public schema (but TypeORM’s own migrations table) has exactly one entity', () => {
    expect(schema.tables.length).toBeGreaterThanOrEqual(25);
    expect(coverageProblems(api.database.entityMetadatas, schema)).toEqual([]);
  });

  it('every entity maps its table exactly: columns, types, nullability, primary keys, defaults, foreign keys', () => {
    const problems = api.database.entityMetadatas.flatMap((m) => entityProblems(api.database, m, schema));
    expect(problems).toEqual([]);
  });

  it('finds an entity left behind by a migration: a renamed column, a wrong type, a wrong nullability, a missing column, a wrong relation', async () => {
    const stale = new DataSource({ ...databaseOptions(api.databaseUrl), entities: [StaleAssessmentResponse, CohortEntity], migrations: [] });
    await stale.initialize();
    try {
      const problems = entityProblems(stale, stale.getMetadata(StaleAssessmentResponse), schema);
      expect(problems).toEqual(
        expect.arrayContaining([
          'StaleAssessmentResponse assessment_response.self_score: no such column',
          'StaleAssessmentResponse assessment_response.not_assessed: type integer, database says boolean',
          'StaleAssessmentResponse assessment_response.evidence: nullable true, database says false',
          'StaleAssessmentResponse assessment_response.self_level: column not in the entity',
          'StaleAssessmentResponse assessment_response (assessment_id) → cohort: no such foreign key',
        ]),
      );
      expect(coverageProblems([...api.database.entityMetadatas, stale.getMetadata(StaleAssessmentResponse)], schema)).toEqual([
        'table "assessment_response" has 2 entities (AssessmentResponseEntity, StaleAssessmentResponse)',
      ]);
    } finally {
      await stale.destroy();
    }
  });
});
