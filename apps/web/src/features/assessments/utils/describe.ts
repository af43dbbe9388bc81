import {
  CONFIDENCE_LABELS,
  QUICK_CHECK_ANSWER_LABELS,
  type DomainStatus,
  type QuickCheckAnswer,
  type ResponseValues,
  type Transition,
} from '@idt/domain';

/*
 * The assessment pages' own words. Those the review also says (levels, scores, targets, dates, statuses) are shared:
 * `levelLabel` in @idt/domain, the rest in src/lib and src/components.
 */

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

/** Each change of status as the ICS's history names it. */
export const TRANSITION_LABELS: Readonly<Record<Transition, string>> = {
  SUBMIT: 'Submitted',
  WITHDRAW: 'Submission withdrawn',
  START_REVIEW: 'Review started',
  RETURN: 'Returned for changes',
  VALIDATE: 'Validated',
};
