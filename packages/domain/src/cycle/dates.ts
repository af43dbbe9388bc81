import { cycleProblem, CycleProblem } from './problems';

/**
 * Cycle dates are calendar days in England written `YYYY-MM-DD`, checked strictly: exactly that shape, a real day
 * (no 2026-02-30, no year 0000), from 2000 and never absurdly far ahead of today. "Today" is always a parameter
 * (`todayInEngland(new Date())` in the API), so every rule is pure and a test can pin it to a day.
 */
export const CYCLE_DATE_LIMITS = {
  /** Nothing in this programme happened before 2000: an earlier date is a typing mistake. */
  earliest: '2000-01-01',
  /** A cycle is planned at most two years ahead. */
  maxDaysAhead: 730,
  /** A cycle runs for at most a year and a day (a programme year, with room for a leap year). */
  maxLengthDays: 366,
} as const;

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `value` is a real calendar day written exactly `YYYY-MM-DD` (years 0001–9999). */
export function isCycleDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = SHAPE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Midnight UTC of a `YYYY-MM-DD` day, in milliseconds (setUTCFullYear: `Date.UTC` reads years 0–99 as 1900–1999). */
function utcMidnight(isoDate: string, plusDays = 0): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day + plusDays);
  return date;
}

/** The day `days` after `isoDate` (before it when negative). */
export function addDaysToIsoDate(isoDate: string, days: number): string {
  const shifted = utcMidnight(isoDate, days);
  const y = shifted.getUTCFullYear();
  if (y < 1 || y > 9999) throw new RangeError(`${isoDate} + ${days} days is outside years 1 to 9999.`);
  return `${String(y).padStart(4, '0')}-${String(shifted.getUTCMonth() + 1).padStart(2, '0')}-${String(shifted.getUTCDate()).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (0 on the same day, negative when `to` is earlier). */
export function daysBetweenIsoDates(from: string, to: string): number {
  return Math.round((utcMidnight(to).getTime() - utcMidnight(from).getTime()) / 86_400_000);
}

/** A day as people read it: "1 March 2027". */
export function cycleDateInWords(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** `today` comes from the server's clock, never from a person: a bad one is a programming error, not a problem. */
export function assertToday(today: string): void {
  if (!isCycleDate(today)) throw new Error(`"today" must be a real date written YYYY-MM-DD, not ${JSON.stringify(today)}.`);
}

/**
 * What is wrong with a date someone typed for a cycle, or null. `label` names it in the message ("Opening date").
 * In range means from CYCLE_DATE_LIMITS.earliest to `maxDaysAhead` days after today.
 */
export function cycleDateProblem(value: unknown, field: string, label: string, today: string): CycleProblem | null {
  assertToday(today);
  if (!isCycleDate(value)) {
    return cycleProblem('DATE_INVALID', field, `${label} must be a real date, like 2027-03-31`);
  }
  const latest = addDaysToIsoDate(today, CYCLE_DATE_LIMITS.maxDaysAhead);
  if (value < CYCLE_DATE_LIMITS.earliest || value > latest) {
    return cycleProblem(
      'DATE_OUT_OF_RANGE',
      field,
      `${label} must be between ${cycleDateInWords(CYCLE_DATE_LIMITS.earliest)} and ${cycleDateInWords(latest)} (at most two years from today)`,
    );
  }
  return null;
}
