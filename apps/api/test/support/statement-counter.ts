import { DataSource, Logger } from 'typeorm';

/**
 * Runs `work` and returns the SQL statements TypeORM sent meanwhile, by wrapping the data source's logger (TypeORM
 * hands every statement to `logger.logQuery`, whether or not logging is on). Used to prove queries stay bounded.
 */
export async function statementsDuring(dataSource: DataSource, work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  const original = dataSource.logger;
  const counting: Logger = Object.assign(Object.create(original) as Logger, {
    logQuery: (query: string, ...rest: unknown[]) => {
      statements.push(query);
      return (original.logQuery as (...args: unknown[]) => unknown).call(original, query, ...rest);
    },
  });
  (dataSource as { logger: Logger }).logger = counting;
  try {
    await work();
  } finally {
    (dataSource as { logger: Logger }).logger = original;
  }
  return statements;
}
