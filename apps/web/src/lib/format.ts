/*
 * Dates and times as every page says them, in British English: "3 March 2026", "3 March 2026 at 10:42". Anything
 * that is not a date is shown as it came, rather than as "Invalid Date".
 */

const dateAndTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
/** An API timestamp as "3 March 2026 at 10:42" (in the reader's time zone), or the text itself if it is not a date. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateAndTime.format(date);
}

const dateOnly = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
/** An API timestamp as its date only, "3 March 2026" (in the reader's time zone), or the text itself if it is not a date. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateOnly.format(date);
}

const calendarDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** A calendar date, "2027-03-31", as "31 March 2027" whatever the reader's time zone, or the text itself if it is not a date. */
export function formatIsoDate(iso: string): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : calendarDate.format(date);
}

const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
/** "Saved at 10:42": what a form says beside its save once it is saved (the answers' autosave, the learning programme). */
export const savedAtMessage = (at: Date): string => `Saved at ${clock.format(at)}`;

/**
 * A list in a sentence: "a, b and c". When an item has a comma or an "and" of its own (many ICS names do: "Bristol,
 * North Somerset and South Gloucestershire"), the items are kept apart by semicolons instead, so the reader can tell
 * where one ends: "Devon; Suffolk and North East Essex".
 */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  if (items.some((item) => /,| and /i.test(item))) return items.join('; ');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1 ICS" / "6 ICSs". */
export const icsCount = (n: number): string => `${n} ${n === 1 ? 'ICS' : 'ICSs'}`;
