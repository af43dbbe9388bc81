import type { QuickCheckAnswer, ResponseValues } from '@idt/domain';
import { emptyAnswer, sameAnswer, type PageAnswers, type PageQuestions } from './answers';

/** One question on the page where your answer and the saved one differ. */
export type AnswerDifference =
  | { readonly kind: 'criterion'; readonly key: string; readonly yours: ResponseValues; readonly saved: ResponseValues }
  | {
      readonly kind: 'quick-check';
      readonly key: string;
      readonly yours: QuickCheckAnswer | null;
      readonly saved: QuickCheckAnswer | null;
    };

export type ConflictOutcome =
  /** Nobody else changed this page's answers (they saved elsewhere in the assessment): save yours on top. */
  | { readonly kind: 'save-again' }
  /** Someone else changed this page's answers, to exactly what you have: nothing to choose. */
  | { readonly kind: 'same' }
  /** Someone else changed this page's answers, and these differ from yours: the person must choose. */
  | { readonly kind: 'choose'; readonly differences: readonly AnswerDifference[] };

const responseOf = (answers: PageAnswers, key: string) => answers.responses[key] ?? emptyAnswer(key);
const quickCheckOf = (answers: PageAnswers, key: string) => answers.quickCheck[key] ?? null;

/**
 * After a save was refused as a CONFLICT: `base` is what was saved when you last loaded or saved this page, `yours`
 * what you tried to save, `current` what is saved now. Only this page's questions are sent, so if nobody changed
 * them since `base`, saving yours again overwrites nobody; otherwise every question where yours and the saved
 * answer differ is shown, and nothing is merged without the person choosing.
 */
export function resolveConflict(page: PageQuestions, base: PageAnswers, yours: PageAnswers, current: PageAnswers): ConflictOutcome {
  const changedByOthers =
    page.criteria.some((c) => !sameAnswer(responseOf(base, c.key), responseOf(current, c.key))) ||
    page.quickCheck.some((q) => quickCheckOf(base, q.key) !== quickCheckOf(current, q.key));
  if (!changedByOthers) return { kind: 'save-again' };
  const differences = answerDifferences(page, yours, current);
  return differences.length === 0 ? { kind: 'same' } : { kind: 'choose', differences };
}

/** The questions on a page where two sets of answers differ, in page order. */
export function answerDifferences(page: PageQuestions, yours: PageAnswers, saved: PageAnswers): AnswerDifference[] {
  const criteria = page.criteria
    .filter((c) => !sameAnswer(responseOf(yours, c.key), responseOf(saved, c.key)))
    .map((c): AnswerDifference => ({ kind: 'criterion', key: c.key, yours: responseOf(yours, c.key), saved: responseOf(saved, c.key) }));
  const quickChecks = page.quickCheck
    .filter((q) => quickCheckOf(yours, q.key) !== quickCheckOf(saved, q.key))
    .map((q): AnswerDifference => ({ kind: 'quick-check', key: q.key, yours: quickCheckOf(yours, q.key), saved: quickCheckOf(saved, q.key) }));
  return [...criteria, ...quickChecks];
}

/**
 * What is saved now for a page, from a CONFLICT's `currentResponses` (the saved answers of the criteria that were
 * sent; a criterion missing from them has no saved answer) and the quick-check answers known to be saved.
 */
export function currentPageAnswers(
  page: PageQuestions,
  currentResponses: readonly ResponseValues[],
  quickCheck: PageAnswers['quickCheck'],
): PageAnswers {
  const byKey = new Map(currentResponses.map((r) => [r.criterionKey, r]));
  return {
    responses: Object.fromEntries(page.criteria.map((c) => [c.key, byKey.get(c.key) ?? emptyAnswer(c.key)])),
    quickCheck: Object.fromEntries(page.quickCheck.map((q) => [q.key, quickCheck[q.key] ?? null])),
  };
}
