import { BadUserInputError } from './app-error';

/**
 * What PostgreSQL cannot store in a text column, whatever the column: the NUL character (U+0000; `text` and `jsonb`
 * refuse it) and half of a UTF-16 surrogate pair (it is not a Unicode character, so it has no UTF-8 form: it would be
 * stored as U+FFFD, silently changing what the person wrote). Every argument of every GraphQL operation (see
 * `graphql/argument-guard.ts`) and every query parameter of the REST routes is checked against this one rule.
 */
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export type TextProblem = 'NULL_CHARACTER' | 'BROKEN_CHARACTER';

/** Why `value` cannot be stored as it is, or null when it can. */
export function textProblem(value: string): TextProblem | null {
  const found = UNSTORABLE.exec(value);
  if (!found) return null;
  return found[0] === '\u0000' ? 'NULL_CHARACTER' : 'BROKEN_CHARACTER';
}

/** The last name in an input path, for a message: `input.answers[2].evidence` → `evidence`. */
function nameOf(field: string): string {
  const parts = field.split('.');
  return (parts[parts.length - 1] ?? field).replace(/\[\d+\]$/, '');
}

/** The refusal for a text that cannot be stored: BAD_USER_INPUT naming the input path (`extensions.field`). */
export function unstorableTextError(problem: TextProblem, field: string): BadUserInputError {
  const name = nameOf(field);
  const message =
    problem === 'NULL_CHARACTER'
      ? `"${name}" contains a hidden null character (often pasted in from another program), which cannot be saved. Remove it and try again.`
      : `"${name}" contains a broken character (half of an emoji or symbol), which cannot be saved. Type that character again and try again.`;
  return new BadUserInputError(message, field);
}

/** Throws when `value` cannot be stored. */
export function requireStorableText(value: string, field: string): void {
  const problem = textProblem(value);
  if (problem) throw unstorableTextError(problem, field);
}

/** The first query parameter (at any depth: `a[b]=…`) holding text that cannot be stored, as `[path, problem]`. */
export function unstorableQueryParameter(query: unknown, path = ''): [string, TextProblem] | null {
  if (typeof query === 'string') {
    const problem = textProblem(query);
    return problem ? [path, problem] : null;
  }
  if (typeof query !== 'object' || query === null) return null;
  for (const [key, value] of Object.entries(query)) {
    const at = path ? `${path}.${key}` : key;
    const found = unstorableQueryParameter(value, at);
    if (found) return found;
  }
  return null;
}

/**
 * Express middleware for the REST routes (single sign-on's login and callback): a query parameter holding text that
 * cannot be stored is answered 400 with the same JSON error as GraphQL gives, before any guard or strategy reads it.
 */
export function refuseUnstorableQuery(
  req: { query: unknown },
  res: { status(code: number): { json(body: unknown): void } },
  next: () => void,
): void {
  const found = unstorableQueryParameter(req.query);
  if (!found) return next();
  const error = unstorableTextError(found[1], found[0]);
  res.status(400).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
}
