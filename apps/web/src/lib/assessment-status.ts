import { ASSESSMENT_STATUS_LABELS, type AssessmentStatus } from '@idt/domain';

/*
 * An assessment's status in the person's words, the one mapping every page, tag, CSV and Excel download uses:
 * "Draft", "Submitted", "In review", "Returned for changes", "Validated" (the domain's labels), and "Not taking part"
 * for an ICS with no assessment in the cycle. Codes such as SUBMITTED are never shown.
 */

/** No assessment in the cycle: the ICS is not taking part. */
export const NO_ASSESSMENT_WORDS = 'Not taking part';

/** A status in words; null (no assessment) is "Not taking part". */
export function assessmentStatusWords(status: AssessmentStatus | null | undefined): string {
  return status ? ASSESSMENT_STATUS_LABELS[status] : NO_ASSESSMENT_WORDS;
}

/** NHS.UK tag colours for each status (the words say it too: colour is never the only signal). */
export const ASSESSMENT_STATUS_TAG: Readonly<Record<AssessmentStatus, 'grey' | 'blue' | 'purple' | 'orange' | 'green'>> = {
  DRAFT: 'grey',
  SUBMITTED: 'blue',
  IN_REVIEW: 'purple',
  RETURNED: 'orange',
  VALIDATED: 'green',
};
