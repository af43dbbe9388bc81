import {
  CONFIDENCE_LABELS,
  MATURITY_SCALE,
  QUICK_CHECK_ANSWER_LABELS,
  type AssessmentStatus,
  type DomainStatus,
  type QuickCheckAnswer,
  type ResponseValues,
  type Transition,
} from '@idt/domain';

/** A level of the maturity scale as the form and the summaries name it: "3 – Developing". */
export function levelLabel(level: number): string {
  const scale = MATURITY_SCALE.find((s) => s.level === level);
  return scale ? `${level} – ${scale.label}` : String(level);
}

/** "Where are we now", in words: "3 – Developing", "Not assessed" or "Not answered". */
export function scoreSummary(answer: Pick<ResponseValues, 'selfScore' | 'notAssessed'> | undefined): string {
  if (answer?.notAssessed) return 'Not assessed';
  return answer?.selfScore ? levelLabel(answer.selfScore) : 'Not answered';
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2027-03-31" as "31 March 2027". */
export function formatIsoDate(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : longDate.format(date);
}

const dateAndTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
/** An API timestamp as "3 March 2026, 10:42" (in the reader's time zone), or the text itself if it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateAndTime.format(date);
}

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
/** "Saved at 10:42". */
export const savedAtMessage = (at: Date): string => `Saved at ${clock.format(at)}`;

/** "Where we want to be", in words, or null when no target is set. */
export function targetSummary(answer: Pick<ResponseValues, 'targetLevel' | 'targetDate'>): string | null {
  if (!answer.targetLevel && !answer.targetDate) return null;
  const level = answer.targetLevel ? levelLabel(answer.targetLevel) : 'A target';
  return answer.targetDate ? `${level} by ${formatIsoDate(answer.targetDate)}` : level;
}

export const confidenceSummary = (answer: Pick<ResponseValues, 'confidence'>): string | null =>
  answer.confidence ? `${CONFIDENCE_LABELS[answer.confidence]} confidence` : null;

export const quickCheckSummary = (answer: QuickCheckAnswer | null | undefined): string =>
  answer ? QUICK_CHECK_ANSWER_LABELS[answer] : 'Not answered';

/** The start of a long text, cut at a word, with "…" when something was left off. */
export function excerpt(text: string, maxLength = 160): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** NHS.UK tag colours: the words always say the status too, so colour is never the only signal. */
export const DOMAIN_STATUS_TAG: Readonly<Record<DomainStatus, 'blue' | 'white' | null>> = {
  NOT_STARTED: 'white',
  IN_PROGRESS: 'blue',
  COMPLETED: null,
};

export const ASSESSMENT_STATUS_TAG: Readonly<Record<AssessmentStatus, 'grey' | 'blue' | 'purple' | 'orange' | 'green'>> = {
  DRAFT: 'grey',
  SUBMITTED: 'blue',
  IN_REVIEW: 'purple',
  RETURNED: 'orange',
  VALIDATED: 'green',
};

/** Each change of status as the history names it. */
export const TRANSITION_LABELS: Readonly<Record<Transition, string>> = {
  SUBMIT: 'Submitted',
  WITHDRAW: 'Submission withdrawn',
  START_REVIEW: 'Review started',
  RETURN: 'Returned for changes',
  VALIDATE: 'Validated',
};
