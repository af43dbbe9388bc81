import { levelLabel } from '@idt/domain';
import { formatIsoDate } from './format';

/*
 * An ICS's answers in words, the same on the ICS's own pages and on the coach's review: "3 – Developing",
 * "4 – Established by 31 March 2027", "Recorded by Chris Coach on behalf of Devon".
 */

/** "Where are we now", in words: "3 – Developing", "Not assessed" or "Not answered". */
export function scoreSummary(answer: { readonly selfScore?: number | null; readonly notAssessed: boolean } | undefined): string {
  if (answer?.notAssessed) return 'Not assessed';
  return answer?.selfScore ? levelLabel(answer.selfScore) : 'Not answered';
}

/** "Where we want to be", in words: "5 – Embedded by 31 March 2027", or null when no target is set. */
export function targetSummary(answer: { readonly targetLevel?: number | null; readonly targetDate?: string | null }): string | null {
  if (!answer.targetLevel && !answer.targetDate) return null;
  const level = answer.targetLevel ? levelLabel(answer.targetLevel) : 'A target';
  return answer.targetDate ? `${level} by ${formatIsoDate(answer.targetDate)}` : level;
}

/** The assisted route, said where the assessment is shown: "Recorded by Chris Coach on behalf of the ICS". */
export const recordedOnBehalfText = (name: string, systemName = 'the ICS'): string => `Recorded by ${name} on behalf of ${systemName}`;
