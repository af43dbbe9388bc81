import type { ReviewAssessment } from '../api/get-review-assessment';
import { formErrorsFrom, type FormError } from '../../../lib/form-errors';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { CONFLICT_MESSAGE } from './moderation';

/** Moves focus to the page's h1, as after a navigation: for changes the route does not see (the query string). */
export function focusHeading() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('#maincontent h1')?.focus());
}

/** A refused review change, in the form's words: a CONFLICT says plainly what happened (the page has reloaded it). */
export function reviewErrorsFrom(error: unknown, fieldIds: Readonly<Record<string, string>>): FormError[] {
  if (error instanceof GraphQLRequestError && error.code === 'CONFLICT') return [{ message: CONFLICT_MESSAGE }];
  return formErrorsFrom(error, fieldIds);
}

/** "Review: Surrey Heartlands – Baseline 2026". */
export const reviewTitle = (assessment: Pick<ReviewAssessment, 'system' | 'cycle'>) =>
  `Review: ${assessment.system.name} – ${assessment.cycle.name}`;

