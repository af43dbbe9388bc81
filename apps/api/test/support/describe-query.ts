import { Client } from 'pg';
import { Columns, PG_TYPE_OIDS, TypedQuery } from '../../src/database/typed-sql';

const ignore = (): void => undefined;

/** A column as PostgreSQL describes it. */
export interface DescribedColumn {
  readonly name: string;
  readonly typeOid: number;
}

/**
 * Asks PostgreSQL to parse and describe a statement without running it (the extended protocol's Parse, Describe and
 * Sync, sent as a `pg` submittable), and returns the columns it would return ([] for a statement that returns none).
 * Nothing executes, so no parameters are needed and nothing changes.
 */
export function describeStatement(client: Client, text: string): Promise<DescribedColumn[]> {
  return new Promise((resolve, reject) => {
    let columns: DescribedColumn[] = [];
    const submittable = {
      submit(connection: {
        parse(m: { text: string; name: string; types: number[] }): void;
        describe(m: { type: 'S'; name: string }): void;
        sync(): void;
      }) {
        connection.parse({ text, name: '', types: [] });
        connection.describe({ type: 'S', name: '' });
        connection.sync();
      },
      handleRowDescription(message: { fields: { name: string; dataTypeID: number }[] }) {
        columns = message.fields.map((f) => ({ name: f.name, typeOid: f.dataTypeID }));
      },
      // On an error `pg` drops the statement as its active query at once (the ready-for-query that follows is not
      // passed on), so the answer is given here.
      handleError(error: Error) {
        reject(error);
      },
      handleReadyForQuery() {
        resolve(columns);
      },
      // Nothing executes, so no rows, completion or copy messages come.
      handleDataRow: ignore,
      handleCommandComplete: ignore,
      handleEmptyQuery: ignore,
      handlePortalSuspended: ignore,
      handleCopyInResponse: ignore,
      handleCopyData: ignore,
    };
    (client as unknown as { query(s: unknown): void }).query(submittable);
  });
}

/** What differs between a declared query and what PostgreSQL says it returns; empty when they agree. */
export async function rowTypeProblems(client: Client, query: TypedQuery<readonly unknown[], Columns>): Promise<string[]> {
  let described: DescribedColumn[];
  try {
    described = await describeStatement(client, query.text);
  } catch (error) {
    return [`${query.name}: PostgreSQL refuses the statement: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  const declared = Object.entries(query.columns);
  const names = described.map((c) => c.name);
  if (new Set(names).size !== names.length) problems.push(`${query.name}: a column name is returned twice (${names.join(', ')})`);
  for (const [name, column] of declared) {
    const found = described.find((c) => c.name === name);
    if (!found) {
      problems.push(`${query.name}: declares "${name}", which the statement does not return (it returns ${names.join(', ') || 'nothing'})`);
    } else if (!(PG_TYPE_OIDS[column.pg] as readonly number[]).includes(found.typeOid)) {
      problems.push(`${query.name}: "${name}" is declared ${column.pg} but PostgreSQL returns type ${found.typeOid}`);
    }
  }
  for (const { name } of described) {
    if (!(name in query.columns)) problems.push(`${query.name}: returns "${name}", which is not declared`);
  }
  return problems;
}
