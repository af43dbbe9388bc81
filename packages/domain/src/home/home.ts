import { CLOSING_REMINDER_DAYS } from '../assessment/review';

/*
 * Each role's home (PRODUCT §7: "what do I need to do now?"): the date rules the homes share, pure so that the API
 * decides them once and the tests can pin them to a day.
 */

/** A cycle "closes soon" within the same days as the reminders ICS leads are sent. */
export const CLOSING_SOON_DAYS = CLOSING_REMINDER_DAYS;

/** How many of the lead's next actions the home lists (the rest are on the action plan). */
export const HOME_NEXT_ACTIONS = 3;

/** Today's date in England (YYYY-MM-DD): the day a closing date or a due date is counted from. */
export function todayInEngland(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from `today` to `isoDate` (both YYYY-MM-DD): 0 on the day itself, negative once it has passed. */
export function daysFromTo(today: string, isoDate: string): number {
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export interface CycleDates {
  readonly opensOn: string;
  readonly closesOn: string;
}

/** Whether a cycle is open on `today`: opened on or before it, closing on or after it. */
export const isCycleOpen = (cycle: CycleDates, today: string): boolean => cycle.opensOn <= today && today <= cycle.closesOn;

/** Whether an open cycle closes within CLOSING_SOON_DAYS of `today`. */
export const closesSoon = (cycle: CycleDates, today: string): boolean =>
  isCycleOpen(cycle, today) && daysFromTo(today, cycle.closesOn) <= CLOSING_SOON_DAYS;

/**
 * The assessment an ICS lead is working on now, from their ICS's assessments newest cycle first: the newest whose
 * cycle has opened (a cycle opening next month is not today's work), else the newest there is.
 */
export function currentAssessment<T extends { readonly cycle: CycleDates }>(newestFirst: readonly T[], today: string): T | null {
  return newestFirst.find((a) => a.cycle.opensOn <= today) ?? newestFirst[0] ?? null;
}

export interface DueAction {
  readonly dueOn: string | null;
  readonly status: string;
}

/**
 * An action plan's actions that need attention: those overdue (not done, due before today, the longest overdue
 * first), and the next ones due (not done, due today or later, soonest first, at most `limit`).
 */
export function actionsDue<T extends DueAction>(
  actions: readonly T[],
  today: string,
  limit = HOME_NEXT_ACTIONS,
): { readonly overdue: T[]; readonly next: T[] } {
  const open = actions
    .filter((a): a is T & { dueOn: string } => a.status !== 'DONE' && a.dueOn !== null)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return { overdue: open.filter((a) => a.dueOn < today), next: open.filter((a) => a.dueOn >= today).slice(0, limit) };
}
