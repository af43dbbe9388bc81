import { ASSESSMENT_STATUS_LABELS, MATURITY_SCALE, type AssessmentStatus } from '@idt/domain';

/*
 * The review's words. Features never import from each other (eslint), so the few the assessment pages also use are
 * written here from the same @idt/domain facts, in the same form ("3 – Developing", "3 March 2026 at 10:42").
 */

/** A level of the maturity scale: "3 – Developing". */
export function levelLabel(level: number): string {
  const scale = MATURITY_SCALE.find((s) => s.level === level);
  return scale ? `${level} – ${scale.label}` : String(level);
}

const dateAndTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
/** An API timestamp as "3 March 2026 at 10:42" (in the reader's time zone), or the text itself if it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateAndTime.format(date);
}

const dateOnly = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
/** An API timestamp as its date only, "3 March 2026" (in the reader's time zone). */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateOnly.format(date);
}

/** How long a submission has waited: "Less than a day", "1 day", "12 days". */
export function daysWaitingLabel(days: number): string {
  if (days < 1) return 'Less than a day';
  return days === 1 ? '1 day' : `${days} days`;
}

/** The assisted route, said where the assessment is shown: "Recorded by Chris Coach on behalf of the ICS". */
export const recordedOnBehalfText = (name: string, systemName = 'the ICS'): string => `Recorded by ${name} on behalf of ${systemName}`;

/** Where the ICS says it is now, in words. */
export function selfScoreText(response: { readonly selfScore?: number | null; readonly notAssessed: boolean } | undefined): string {
  if (!response) return 'Not answered';
  if (response.notAssessed) return 'Not assessed';
  return response.selfScore ? levelLabel(response.selfScore) : 'Not answered';
}

/** The self-score and, once given, the moderated level beside it: "Self-score 4 – Established · Moderated 3 – Developing". */
export function scoresText(response: { readonly selfScore?: number | null; readonly notAssessed: boolean; readonly moderatedScore?: number | null } | undefined): string {
  const self = `Self-score ${selfScoreText(response)}`;
  return response?.moderatedScore ? `${self} · Moderated ${levelLabel(response.moderatedScore)}` : self;
}

/** "Where we want to be": "5 – Embedded by 31 March 2027", or null when no target is set. */
export function targetText(response: { readonly targetLevel?: number | null; readonly targetDate?: string | null }): string | null {
  if (!response.targetLevel && !response.targetDate) return null;
  const level = response.targetLevel ? levelLabel(response.targetLevel) : 'A target';
  if (!response.targetDate) return level;
  const date = new Date(`${response.targetDate.slice(0, 10)}T00:00:00Z`);
  const when = Number.isNaN(date.getTime())
    ? response.targetDate
    : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  return `${level} by ${when}`;
}

export const statusLabel = (status: AssessmentStatus): string => ASSESSMENT_STATUS_LABELS[status];

/** NHS.UK tag colours for each status (the words say it too: colour is never the only signal). */
export const STATUS_TAG: Readonly<Record<AssessmentStatus, 'grey' | 'blue' | 'purple' | 'orange' | 'green'>> = {
  DRAFT: 'grey',
  SUBMITTED: 'blue',
  IN_REVIEW: 'purple',
  RETURNED: 'orange',
  VALIDATED: 'green',
};

/** Only web addresses that are safe to link to (http and https); anything else is shown as text. */
export const isWebAddress = (link: string): boolean => /^https?:\/\/\S+$/i.test(link.trim());

/** "2 comments", "1 comment", "No comments". */
export function countText(count: number, one: string, many: string, none: string): string {
  if (count === 0) return none;
  return count === 1 ? `1 ${one}` : `${count} ${many}`;
}
