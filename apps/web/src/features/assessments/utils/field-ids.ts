import { GraphQLRequestError } from '../../../lib/graphql-client';
import { formErrorsFrom, type FormError } from '../../../lib/form-errors';

/** The parts of one answer that a form field shows, by the API's own names for them (`extensions.field`). */
export type AnswerField = 'selfLevel' | 'targetLevel' | 'targetDate' | 'evidence' | 'links' | 'confidence';

const ANSWER_FIELDS: readonly AnswerField[] = ['selfLevel', 'targetLevel', 'targetDate', 'evidence', 'links', 'confidence'];

/**
 * The stem of every id of one criterion's fields. Keys look like "co-design.principles-applied": the dot becomes "--"
 * so that the ids need no escaping in CSS selectors or in "#…" links.
 */
export const criterionSlug = (criterionKey: string): string => criterionKey.replace(/[^A-Za-z0-9_-]/g, '--');

/** The ids of one criterion's fields. Each radio group's id is its first radio's, so the error summary can focus it. */
export function criterionFieldIds(criterionKey: string) {
  const slug = criterionSlug(criterionKey);
  return {
    fieldset: `${slug}-answer`,
    heading: `${slug}-statement`,
    guidance: `${slug}-guidance`,
    selfLevel: `${slug}-level`,
    /** Each level's radio: level 1 is the group's own id. */
    selfLevelOption: (level: number) => (level === 1 ? `${slug}-level` : `${slug}-level-${level}`),
    notAssessed: `${slug}-not-assessed`,
    targetLevel: `${slug}-target-level`,
    targetDate: `${slug}-target-date`,
    /** The date's first input, where a link to the date should put the cursor. */
    targetDateDay: `${slug}-target-date-day`,
    evidence: `${slug}-evidence`,
    links: `${slug}-links`,
    confidence: `${slug}-confidence`,
    confidenceLevel: (index: number) => (index === 0 ? `${slug}-confidence` : `${slug}-confidence-${index + 1}`),
  };
}

/** The id of the input an error about `field` of a criterion's answer should sit beside and link to. */
export function fieldIdFor(criterionKey: string, field: string): string | undefined {
  if (!(ANSWER_FIELDS as readonly string[]).includes(field)) return undefined;
  const ids = criterionFieldIds(criterionKey);
  return field === 'targetDate' ? ids.targetDateDay : ids[field as Exclude<AnswerField, 'targetDate'>];
}

/** The id of a quick-check question's first radio (the group's id). */
export const quickCheckFieldId = (questionKey: string): string => `quick-check-${criterionSlug(questionKey)}`;

/**
 * Turns what saving a page of answers threw into form errors: an answer the API refused (BAD_USER_INPUT naming a
 * criterion on this page and one of its fields) sits beside that field; everything else is shown in the summary
 * only, in the API's words.
 */
export function answerErrorsFrom(error: unknown, criterionKeysOnPage: readonly string[]): FormError[] {
  if (!(error instanceof GraphQLRequestError) || error.errors.length === 0) return formErrorsFrom(error, {});
  const result: FormError[] = [];
  for (const apiError of error.errors) {
    const fieldId =
      apiError.code === 'BAD_USER_INPUT' && apiError.criterionKey && criterionKeysOnPage.includes(apiError.criterionKey) && apiError.field
        ? fieldIdFor(apiError.criterionKey, apiError.field)
        : undefined;
    const problem: FormError = fieldId ? { fieldId, message: apiError.message } : { message: apiError.message };
    if (result.some((r) => (fieldId && r.fieldId === fieldId) || (r.fieldId === fieldId && r.message === problem.message))) continue;
    result.push(problem);
  }
  return result;
}
