/**
 * What is wrong with a cycle action, as structured problems: a STABLE upper-snake `code` the API sends as
 * `extensions.code`, the `field` it is about (`closesOn`, `name`, `comment`…) and a plain-English `message`.
 * Every code is listed here, once; tests pin them, so renaming one is a deliberate, visible change.
 */
export const CYCLE_PROBLEM_CODES = [
  // The name.
  'NAME_REQUIRED',
  'NAME_TOO_LONG',
  'NAME_INVALID',
  'NAME_TAKEN',
  // Dates.
  'DATE_INVALID',
  'DATE_OUT_OF_RANGE',
  'OPENS_IN_PAST',
  'CLOSES_BEFORE_OPENS',
  'CLOSES_IN_PAST',
  'CYCLE_TOO_LONG',
  'CLOSING_DATE_UNCHANGED',
  'CYCLE_OVERLAPS',
  // What the cycle is made of.
  'FRAMEWORK_NOT_FOUND',
  'FRAMEWORK_NOT_PUBLISHED',
  'COHORT_NOT_FOUND',
  'COHORT_EMPTY',
  // Where the cycle is in its life.
  'CYCLE_NOT_STARTED',
  'ALREADY_CLOSED',
  'CYCLE_NOT_CLOSED',
  'ALREADY_PUBLISHED',
  'CYCLE_NOT_PUBLISHED',
  // Sign-off, publishing and revisions.
  'NOT_ALLOWED',
  'NOT_A_PARTICIPANT',
  'NO_FIGURES',
  'ANSWER_INVALID',
  'COMMENT_REQUIRED',
  'COMMENT_TOO_LONG',
  'REASON_REQUIRED',
  'REASON_TOO_LONG',
  'TEXT_INVALID',
  'CONFIRMATION_REQUIRED',
  'CONFIRMATION_OUT_OF_DATE',
  // Corrected levels after publishing.
  'NO_CHANGES',
  'CRITERION_UNKNOWN',
  'CRITERION_REPEATED',
  'LEVEL_INVALID',
  'LEVEL_UNCHANGED',
] as const;
export type CycleProblemCode = (typeof CYCLE_PROBLEM_CODES)[number];

/**
 * The codes that mean "this person may not do this" rather than "this input is wrong": the API answers them as
 * FORBIDDEN, every other code as BAD_USER_INPUT.
 */
export const CYCLE_FORBIDDEN_CODES: readonly CycleProblemCode[] = ['NOT_ALLOWED'];

export interface CycleProblem {
  readonly code: CycleProblemCode;
  /** The input it is about, as a form field or path: `name`, `opensOn`, `closesOn`, `comment`, `systemId`, `cycleId`… */
  readonly field: string;
  readonly message: string;
}

/** A rule's answer: the new state (and what to record), or every problem found. Nothing changes on problems. */
export type CycleOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly CycleProblem[] };

export const cycleProblem = (code: CycleProblemCode, field: string, message: string): CycleProblem => ({ code, field, message });

export const cycleOk = <T>(value: T): CycleOutcome<T> => ({ ok: true, value });

export const cycleRefused = <T>(problems: readonly CycleProblem[]): CycleOutcome<T> => ({ ok: false, problems });
