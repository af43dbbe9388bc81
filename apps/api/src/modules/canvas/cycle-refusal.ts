import { Cycle, CYCLE_FORBIDDEN_CODES, CycleOutcome, CyclePhase, cyclePhase, CycleProblem } from '@idt/domain';
import { AppError, ForbiddenError } from '../../common/app-error';
import { CycleRecord } from './canvas.types';

/**
 * A cycle rule's refusal as the error a client sees: `BAD_USER_INPUT` with the first problem's `field` and its stable
 * domain code as `extensions.problemCode`, and every problem (code, field, message) in `extensions.problems`, so a
 * form shows them all at once. `NOT_ALLOWED` is `FORBIDDEN`.
 */
export function refuseCycleProblems(problems: readonly CycleProblem[]): never {
  const forbidden = problems.find((p) => CYCLE_FORBIDDEN_CODES.includes(p.code));
  if (forbidden) throw new ForbiddenError(forbidden.message);
  const [first] = problems;
  throw new AppError('BAD_USER_INPUT', first.message, {
    field: first.field,
    problemCode: first.code,
    problems: problems.map(({ code, field, message }) => ({ code, field, message })),
  });
}

/** The rule's value, or its problems thrown as above. */
export function valueOrRefuse<T>(outcome: CycleOutcome<T>): T {
  if (!outcome.ok) refuseCycleProblems(outcome.problems);
  return outcome.value;
}

/** A stored cycle as the domain's rules see it: OPEN, CLOSED (closed_on set) or PUBLISHED (published_at set). */
export function toDomainCycle(record: CycleRecord): Cycle {
  const publishedAt = record.publishedAt === null ? null : new Date(record.publishedAt);
  return {
    id: record.id,
    name: record.name,
    frameworkId: record.frameworkId,
    opensOn: record.opensOn,
    closesOn: record.closesOn,
    participants: record.cohort ? { kind: 'COHORT', cohortId: record.cohort.id } : { kind: 'ALL' },
    illustrative: record.illustrative,
    status: publishedAt ? 'PUBLISHED' : record.closedOn ? 'CLOSED' : 'OPEN',
    closedOn: record.closedOn,
    closedEarly: record.closedEarly,
    publishedOn: publishedAt ? publishedAt.toISOString().slice(0, 10) : null,
  };
}

/** Where the cycle is today (ADR 0023): open, not open yet, past its closing date, closed, published. */
export const phaseOf = (record: CycleRecord, today: string): CyclePhase => cyclePhase(toDomainCycle(record), today);
