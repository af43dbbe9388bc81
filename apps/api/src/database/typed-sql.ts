/**
 * Typed raw SQL, for the aggregates the query builder cannot say well.
 *
 * A query is declared once with the columns it returns and their PostgreSQL types. Its row type is derived from that
 * declaration (no casts), and `test/row-types.spec.ts` asks PostgreSQL to describe every declared query (parse and
 * describe, nothing runs) and fails when a column's name or type differs from what is declared: a typo in a column
 * alias fails a test, not a page.
 *
 * Only repositories use this module; it knows nothing of any table.
 */
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** The PostgreSQL types a declared column can have, with the type OIDs PostgreSQL may describe for each. */
export const PG_TYPE_OIDS = {
  text: [25, 1043, 19, 1042],
  uuid: [2950],
  int: [21, 23],
  /** int8 and numeric: `pg` returns them as strings, so they are declared as such. */
  bigint: [20],
  numeric: [1700],
  float: [700, 701],
  bool: [16],
  timestamptz: [1184],
  date: [1082],
  json: [114, 3802],
  bytea: [17],
  'text[]': [1009, 1015],
  'uuid[]': [2951],
  'int[]': [1005, 1007],
  'float[]': [1021, 1022],
} as const;

export type PgType = keyof typeof PG_TYPE_OIDS;

/** One declared column: its PostgreSQL type, and (for the type checker only) the value `pg` gives for it. */
export interface Column<T> {
  readonly pg: PgType;
  readonly nullable: boolean;
  /** Never set: carries the TypeScript type of the value. */
  readonly value?: T;
}

interface NullableColumn<T> extends Column<T> {
  /** The same column, which may also be null. */
  readonly orNull: Column<T | null>;
}

function column<T>(pg: PgType): NullableColumn<T> {
  return { pg, nullable: false, orNull: { pg, nullable: true } };
}

/** Column declarations, by PostgreSQL type. `json<T>()` names the shape the SQL builds. */
export const col = {
  text: column<string>('text'),
  uuid: column<string>('uuid'),
  int: column<number>('int'),
  bigint: column<string>('bigint'),
  numeric: column<string>('numeric'),
  float: column<number>('float'),
  bool: column<boolean>('bool'),
  timestamptz: column<Date>('timestamptz'),
  date: column<Date>('date'),
  bytea: column<Buffer>('bytea'),
  textArray: column<string[]>('text[]'),
  uuidArray: column<string[]>('uuid[]'),
  intArray: column<number[]>('int[]'),
  floatArray: column<number[]>('float[]'),
  json: <T>(): NullableColumn<T> => column<T>('json'),
  /** A text column whose values are one of a known set (a role, a status): the SQL or a CHECK constraint keeps it so. */
  textOf: <T extends string>(): NullableColumn<T> => column<T>('text'),
};

export type Columns = Readonly<Record<string, Column<unknown>>>;

/** The row a query with these columns returns. */
export type RowOf<C extends Columns> = { -readonly [K in keyof C]: C[K] extends Column<infer T> ? T : never };

/** A declared query: its SQL, its parameters' TypeScript types and the columns it returns. */
export interface TypedQuery<P extends readonly unknown[], C extends Columns> {
  /** Unique, e.g. "sessions.findSignedIn": names the query in test failures. */
  readonly name: string;
  readonly text: string;
  readonly columns: C;
  /** Never set: carries the parameters' types. */
  readonly params?: P;
}

/** Every query declared so far, by name (the row-type test reads them all). */
const declared = new Map<string, TypedQuery<readonly unknown[], Columns>>();

/**
 * Declares a query: `defineQuery<[cohortId: string]>()({ name, text, columns })` (the parameters' types first, then the
 * declaration, whose columns give the row type). Call it at module level, once per statement text: a text built at run
 * time cannot be checked ahead, so declare each variant instead.
 */
export function defineQuery<P extends readonly unknown[] = []>() {
  return <C extends Columns>(query: { name: string; text: string; columns: C }): TypedQuery<P, C> => {
    if (declared.has(query.name)) throw new Error(`A query named ${query.name} is already declared.`);
    declared.set(query.name, query);
    return query;
  };
}

/** The queries declared by the modules loaded so far. */
export function declaredQueries(): readonly TypedQuery<readonly unknown[], Columns>[] {
  return [...declared.values()];
}

/** Anything that runs SQL: TypeORM's DataSource, an EntityManager inside a transaction, or a QueryRunner. */
export interface Queryable {
  query(text: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Runs a declared query and returns its typed rows. It runs as a named prepared statement (its `name`): each pooled
 * connection parses and plans it once, not on every run (for the save of answers, a large statement, that was half
 * its time in the database). TypeORM's logger is still told of every statement, as TypeORM itself would tell it.
 */
export async function run<P extends readonly unknown[], C extends Columns>(
  db: Queryable,
  query: TypedQuery<P, C>,
  ...parameters: P extends readonly [] ? [] : [P]
): Promise<RowOf<C>[]> {
  const values = parameters[0] ? [...parameters[0]] : [];
  const prepared = preparedRunnerOf(db);
  if (prepared) {
    prepared.logger.logQuery(query.text, values);
    const result = await prepared.client.query({ name: query.name, text: query.text, values });
    return result.rows as RowOf<C>[];
  }
  const result = await db.query(query.text, values);
  // TypeORM answers an UPDATE or DELETE with [rows, affected count]; every other statement with its rows.
  const rows = isRowsAndCount(result) ? result[0] : result;
  return rows as RowOf<C>[];
}

interface PreparedRunner {
  readonly client: { query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }> };
  readonly logger: { logQuery(query: string, parameters?: unknown[]): unknown };
}

/**
 * The `pg` pool (a DataSource, or an EntityManager outside a transaction) or connection (an EntityManager inside one,
 * or a QueryRunner) behind a Queryable, or null for anything else, which then runs the query as TypeORM does.
 */
function preparedRunnerOf(db: Queryable): PreparedRunner | null {
  if (db instanceof DataSource) return poolOf(db);
  const runner = db instanceof EntityManager ? db.queryRunner : isQueryRunner(db) ? db : undefined;
  if (runner) {
    const connection = (runner as { databaseConnection?: PreparedRunner['client'] }).databaseConnection;
    return connection && !runner.isReleased ? { client: connection, logger: runner.connection.logger } : null;
  }
  return db instanceof EntityManager ? poolOf(db.connection) : null;
}

function poolOf(dataSource: DataSource): PreparedRunner | null {
  const pool = dataSource.driver instanceof PostgresDriver ? (dataSource.driver.master as PreparedRunner['client'] | undefined) : undefined;
  return pool ? { client: pool, logger: dataSource.logger } : null;
}

function isQueryRunner(db: Queryable): db is QueryRunner {
  return 'connection' in db && 'isReleased' in db && 'manager' in db;
}

/** Runs a declared query that returns at most one row. */
export async function runOne<P extends readonly unknown[], C extends Columns>(
  db: Queryable,
  query: TypedQuery<P, C>,
  ...parameters: P extends readonly [] ? [] : [P]
): Promise<RowOf<C> | null> {
  const [row] = await run(db, query, ...parameters);
  return row ?? null;
}

function isRowsAndCount(result: unknown): result is [unknown[], number] {
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
}
