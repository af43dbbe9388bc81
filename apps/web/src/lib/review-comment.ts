import { reviewCommentProblem } from '@idt/domain';
import type { FormError } from './form-errors';

/** What is wrong with a comment on a review thread before it is sent, beside its field (none when it can be sent). */
export function commentProblems(fieldId: string, body: string): FormError[] {
  const problem = reviewCommentProblem(body);
  return problem ? [{ fieldId, message: problem.replace(/\.$/, '') }] : [];
}
