/**
 * CSV for download (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line break quoted and
 * their quotes doubled). A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula, so such a cell is prefixed with an apostrophe: a name typed as "=HYPERLINK(…)" stays text. Numbers are
 * written as numbers, so a negative number keeps its minus sign.
 */
export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A header row and data rows as one CSV text. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A score (or any figure) rounded for a CSV: one decimal place, as the screens show it; empty when missing. */
export const csvNumber = (value: number | null | undefined, decimals = 1): number | null =>
  value === null || value === undefined || !Number.isFinite(value) ? null : Number(value.toFixed(decimals));

/** A file name from words: lower case, hyphens, nothing a file system minds. */
export function fileSlug(...parts: readonly string[]): string {
  return (
    parts
      .join(' ')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'download'
  );
}
