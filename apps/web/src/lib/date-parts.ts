/** A date as typed into the NHS.UK date input's three boxes. */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

export const EMPTY_DATE_PARTS: DateParts = { day: '', month: '', year: '' };

export type DateParse = { readonly ok: true; readonly value: string | null } | { readonly ok: false; readonly message: string };

/**
 * The date as the API takes it (yyyy-mm-dd), null when all three boxes are empty, or what is wrong with it, in the
 * NHS.UK pattern's words, starting with `label` (e.g. "Target date must include a month").
 */
export function parseDateParts({ day, month, year }: DateParts, label: string): DateParse {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (d === '' && m === '' && y === '') return { ok: true, value: null };
  const missing = [d === '' ? 'day' : null, m === '' ? 'month' : null, y === '' ? 'year' : null].filter((x) => x !== null);
  if (missing.length > 0) return { ok: false, message: `${label} must include a ${missing.join(' and ')}` };
  const notReal = { ok: false, message: `${label} must be a real date, for example 31 3 2027` } as const;
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return notReal;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return notReal;
  return { ok: true, value: iso };
}

/** A yyyy-mm-dd date in the three boxes (day and month without leading zeros), or empty boxes. */
export function datePartsOf(iso: string | null | undefined): DateParts {
  if (!iso) return EMPTY_DATE_PARTS;
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}
