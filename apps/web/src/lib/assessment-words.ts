import { levelLabel } from '@idt/domain';
import { formatDateTime, formatIsoDate } from './format';

/*
 * An ICS's answers in words, the same on the ICS's own pages and on the coach's review: "3 – Developing",
 * "4 – Established by 31 March 2027", "Recorded by Chris Coach on behalf of Devon".
 */

/** "Where are we now", in words: "3 – Developing", "Not assessed" or "Not answered". */
export function levelSummary(answer: { readonly selfLevel?: number | null; readonly notAssessed: boolean } | undefined): string {
  if (answer?.notAssessed) return 'Not assessed';
  return answer?.selfLevel ? levelLabel(answer.selfLevel) : 'Not answered';
}

/** "Where we want to be", in words: "5 – Embedded by 31 March 2027", or null when no target is set. */
export function targetSummary(answer: { readonly targetLevel?: number | null; readonly targetDate?: string | null }): string | null {
  if (!answer.targetLevel && !answer.targetDate) return null;
  const level = answer.targetLevel ? levelLabel(answer.targetLevel) : 'A target';
  return answer.targetDate ? `${level} by ${formatIsoDate(answer.targetDate)}` : level;
}

/** The assisted route, said where the assessment is shown: "Recorded by Chris Coach on behalf of the ICS". */
export const recordedOnBehalfText = (name: string, systemName = 'the ICS'): string => `Recorded by ${name} on behalf of ${systemName}`;

/**
 * The assisted route in plain words: who is recording the assessment on the ICS's behalf, and since when. To one of
 * the ICS's leads "on your behalf"; to anyone else (the coach) about the ICS. While it can still be changed it "has
 * been recording"; once submitted, it "recorded".
 * "Sam Coach (programme coach) has been recording this assessment on your behalf since 6 December 2026 at 09:14."
 */
export function onBehalfSentence(
  recording: { readonly name: string; readonly since?: string | null },
  context: { readonly systemName: string; readonly toLead: boolean; readonly ongoing: boolean },
): string {
  const who = `${recording.name} (programme coach)`;
  const what = context.toLead ? 'this assessment on your behalf' : `${context.systemName}’s assessment on its behalf`;
  if (!context.ongoing) return `${who} recorded ${what}${recording.since ? `, starting on ${formatDateTime(recording.since)}` : ''}.`;
  return `${who} has been recording ${what}${recording.since ? ` since ${formatDateTime(recording.since)}` : ''}.`;
}
