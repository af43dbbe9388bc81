import { REVIEW_COMMENT_MAX_LENGTH } from '@idt/domain';
import type { FormError } from '../../../lib/form-errors';

/** The stem of one criterion's ids: "co-design.principles" becomes "co-design--principles" (no CSS escaping needed). */
export const criterionSlug = (criterionKey: string): string => criterionKey.replace(/[^A-Za-z0-9_-]/g, '--');

/** The radio that clears the moderated level: the self-assessed level stands alone. */
export const NO_MODERATED_LEVEL = 'NONE';

/** The ids of one criterion's review fields. A radio group's id is its first radio's, so the error summary can focus it. */
export function reviewFieldIds(criterionKey: string) {
  const slug = criterionSlug(criterionKey);
  return {
    section: `${slug}-review`,
    heading: `${slug}-heading`,
    moderatedLevel: `${slug}-moderated`,
    moderatedLevelOption: (level: number) => (level === 1 ? `${slug}-moderated` : `${slug}-moderated-${level}`),
    noModeratedLevel: `${slug}-moderated-none`,
    moderationComment: `${slug}-moderation-comment`,
    comment: `${slug}-comment`,
  };
}

export interface ModerationValues {
  /** "1" … "5", NO_MODERATED_LEVEL, or "" while nothing is chosen. */
  readonly level: string;
  readonly comment: string;
}

/** The form's starting values: the moderated level saved so far, and an empty comment. */
export const moderationValuesFrom = (saved: { readonly moderatedLevel?: number | null } | undefined): ModerationValues => ({
  level: saved?.moderatedLevel ? String(saved.moderatedLevel) : '',
  comment: '',
});

/** What is wrong with a moderation before it is sent (an empty list when it can be saved). */
export function moderationProblems(criterionKey: string, values: ModerationValues): FormError[] {
  const ids = reviewFieldIds(criterionKey);
  const problems: FormError[] = [];
  if (values.level === '' && values.comment.trim() === '') {
    problems.push({ fieldId: ids.moderatedLevel, message: 'Choose a moderated level, or write a comment' });
  }
  if (values.comment.length > REVIEW_COMMENT_MAX_LENGTH) {
    problems.push({ fieldId: ids.moderationComment, message: `Comments must be ${REVIEW_COMMENT_MAX_LENGTH} characters or fewer` });
  }
  return problems;
}

/**
 * The moderation to send. A level of 1–5 is given; "no moderated level", or none chosen with only a comment, is
 * null (nothing beside the self-assessed level). An empty comment is left out.
 */
export function moderationInput(values: ModerationValues): { moderatedLevel: number | null; comment: string | null } {
  const level = Number(values.level);
  return {
    moderatedLevel: Number.isInteger(level) && level >= 1 && level <= 5 ? level : null,
    comment: values.comment.trim() === '' ? null : values.comment,
  };
}

/** The API's input field names, mapped to this criterion's inputs, for errors the API returns. */
export const moderationFieldIds = (criterionKey: string): Record<string, string> => {
  const ids = reviewFieldIds(criterionKey);
  return { moderatedLevel: ids.moderatedLevel, comment: ids.moderationComment };
};

/** The reason for returning an assessment to the ICS: required, and no longer than a comment. */
export const RETURN_REASON_ID = 'return-reason';
export function returnReasonProblems(reason: string): FormError[] {
  if (reason.trim() === '') return [{ fieldId: RETURN_REASON_ID, message: 'Say what the ICS needs to change' }];
  if (reason.length > REVIEW_COMMENT_MAX_LENGTH) {
    return [{ fieldId: RETURN_REASON_ID, message: `The reason must be ${REVIEW_COMMENT_MAX_LENGTH} characters or fewer` }];
  }
  return [];
}

/** A refused write because someone changed the assessment meanwhile, said plainly. */
export const CONFLICT_MESSAGE =
  'Someone else changed this assessment while you had it open. We have loaded the latest version: check it, then try again';
