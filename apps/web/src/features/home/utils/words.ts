import { ASSESSMENT_STATUS_LABELS, type AssessmentStatus } from '@idt/domain';
import type { AdopterCategory } from '@idt/maturity';
import { formatIsoDate } from '../../../lib/format';

/*
 * The homes' words: what each role needs to know, in the person's own words rather than the workflow's codes.
 */

/** "1 ICS" / "6 ICSs". */
export const icsCount = (n: number): string => `${n} ${n === 1 ? 'ICS' : 'ICSs'}`;

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** The lead's assessment, where it stands, said to the lead. */
export function leadStatusSentence(status: AssessmentStatus, recordedOnBehalfBy: string | null = null, started = true): string {
  switch (status) {
    case 'DRAFT':
      if (recordedOnBehalfBy) return `Not submitted yet. ${recordedOnBehalfBy}, your programme coach, is recording it on your ICS’s behalf.`;
      return started ? 'Not submitted yet: you can carry on where you left off.' : 'Not started yet.';
    case 'RETURNED':
      return 'Your programme coach has returned it to you for changes. Change what they asked for, then submit it again.';
    case 'SUBMITTED':
      return 'Submitted. It is waiting for your programme coach to review it.';
    case 'IN_REVIEW':
      return 'Submitted. Your programme coach is reviewing it.';
    case 'VALIDATED':
      return 'Validated by your programme coach. There is nothing more to do in this cycle.';
  }
}

/** The closing date and the days left: "Closes on 31 March 2027 (90 days left)", "Closes today", "Closed on …". */
export function closingText(closesOn: string, daysLeft: number): string {
  const date = formatIsoDate(closesOn);
  if (daysLeft < 0) return `Closed on ${date}`;
  if (daysLeft === 0) return `Closes today, ${date}`;
  return `Closes on ${date} (${days(daysLeft)} left)`;
}

/**
 * For the admin, where a cycle is: closed on the day it was closed (early or not), else its closing date against
 * today, or that its closing date has passed but nobody has closed it yet.
 */
export function adminClosingText(closesOn: string, daysLeft: number, closedOn: string | null): string {
  if (closedOn !== null) return `Closed on ${formatIsoDate(closedOn)}`;
  return daysLeft < 0 ? `Closing date ${formatIsoDate(closesOn)} has passed: not closed yet` : closingText(closesOn, daysLeft);
}

/** How long a submission has waited: "Less than a day", "1 day", "12 days". */
export const waitingText = (daysWaiting: number): string => (daysWaiting < 1 ? 'Less than a day' : days(daysWaiting));

/** When an action was due, said against today: "Due 3 March 2027". */
export const dueText = (dueOn: string): string => `Due ${formatIsoDate(dueOn)}`;

/** A status as a column heading or a count's name, as every page says it. */
export const statusLabel = (status: AssessmentStatus): string => ASSESSMENT_STATUS_LABELS[status];

/** How many of a cycle's assessments have been submitted (whether waiting, in review or validated). */
export function submittedCount(counts: readonly { status: AssessmentStatus; count: number }[]): number {
  return counts.filter((c) => c.status === 'SUBMITTED' || c.status === 'IN_REVIEW' || c.status === 'VALIDATED').reduce((sum, c) => sum + c.count, 0);
}

/** A provisional cycle in one sentence: "6 of 42 ICSs have submitted, 1 was returned for changes." */
export function submissionsSentence(participating: number, counts: readonly { status: AssessmentStatus; count: number }[]): string {
  const submitted = submittedCount(counts);
  const returned = counts.find((c) => c.status === 'RETURNED')?.count ?? 0;
  const sentence = `${submitted} of ${icsCount(participating)} ${submitted === 1 ? 'has' : 'have'} submitted`;
  return returned > 0 ? `${sentence}; ${returned} ${returned === 1 ? 'was' : 'were'} returned for changes.` : `${sentence}.`;
}

export interface CategoryCount {
  readonly category: AdopterCategory;
  readonly count: number;
}

const countOf = (counts: readonly CategoryCount[], ...categories: AdopterCategory[]) =>
  counts.filter((c) => categories.includes(c.category)).reduce((sum, c) => sum + c.count, 0);

/**
 * The latest published landscape in one sentence, the top of the curve together as seed 003 reads it: "In 2023
 * (illustrative), 6 ICSs were innovators or early adopters, 16 early majority, 12 late majority and 8 laggards or
 * latecomers."
 */
export function landscapeSentence(cycleName: string, counts: readonly CategoryCount[]): string {
  const top = countOf(counts, 'INNOVATORS', 'EARLY_ADOPTERS');
  const total = countOf(counts, 'INNOVATORS', 'EARLY_ADOPTERS', 'EARLY_MAJORITY', 'LATE_MAJORITY', 'LAGGARDS');
  if (total === 0) return `In ${cycleName}, no ICS was placed on the curve.`;
  return (
    `In ${cycleName}, ${icsCount(top)} ${top === 1 ? 'was' : 'were'} innovators or early adopters, ` +
    `${countOf(counts, 'EARLY_MAJORITY')} early majority, ${countOf(counts, 'LATE_MAJORITY')} late majority ` +
    `and ${countOf(counts, 'LAGGARDS')} laggards or latecomers.`
  );
}
