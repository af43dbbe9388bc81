import { CODE_PATTERNS, System, ReferenceData, Region } from './reference-data';

export const REFERENCE_CSV_HEADER = [
  'ons_code',
  'ods_code',
  'name',
  'region_ods_code',
  'region_ons_code',
  'region_name',
] as const;

/** A reference file that does not hold what it should; `line` is 1-based, as an editor shows it. */
export class ReferenceDataError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = 'ReferenceDataError';
  }
}

/**
 * Reads the ICS reference file (`ics-2022.csv`: one ICS a row, with its region) into regions and systems,
 * refusing anything malformed: a wrong header, a code of the wrong shape, a duplicate, or a region whose
 * codes and name disagree between rows. Fields follow RFC 4180: a field with a comma is in double quotes.
 */
export function parseReferenceCsv(text: string): ReferenceData {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const header = lines[0] === undefined ? undefined : splitCsvLine(lines[0], 1);
  if (header?.join(',') !== REFERENCE_CSV_HEADER.join(',')) {
    throw new ReferenceDataError(`expected the header "${REFERENCE_CSV_HEADER.join(',')}"`, 1);
  }

  const regions = new Map<string, Region>();
  const systems: System[] = [];
  const seen = new Set<string>();

  lines.slice(1).forEach((row, index) => {
    const line = index + 2;
    if (row === '') return;
    const fields = splitCsvLine(row, line);
    if (fields.length !== REFERENCE_CSV_HEADER.length) {
      throw new ReferenceDataError(`expected ${REFERENCE_CSV_HEADER.length} fields, found ${fields.length}`, line);
    }
    const [onsCode, odsCode, name, regionOdsCode, regionOnsCode, regionName] = fields;
    expectShape(onsCode, CODE_PATTERNS.systemOnsCode, 'ICS ONS code', line);
    expectShape(odsCode, CODE_PATTERNS.systemOdsCode, 'ICS ODS code', line);
    expectShape(regionOdsCode, CODE_PATTERNS.regionOdsCode, 'region ODS code', line);
    expectShape(regionOnsCode, CODE_PATTERNS.regionOnsCode, 'region ONS code', line);
    if (!name || !regionName) throw new ReferenceDataError('an ICS and its region must both have a name', line);

    for (const key of [onsCode, odsCode, `name:${name}`]) {
      if (seen.has(key)) throw new ReferenceDataError(`duplicate ICS "${key.replace(/^name:/, '')}"`, line);
      seen.add(key);
    }

    const known = regions.get(regionOdsCode);
    if (known && (known.onsCode !== regionOnsCode || known.name !== regionName)) {
      throw new ReferenceDataError(`region ${regionOdsCode} is described differently from an earlier row`, line);
    }
    if (!known) regions.set(regionOdsCode, { odsCode: regionOdsCode, onsCode: regionOnsCode, name: regionName });
    systems.push({ onsCode, odsCode, name, regionOdsCode });
  });

  return { regions: [...regions.values()], systems };
}

function expectShape(value: string, pattern: RegExp, what: string, line: number): void {
  if (!pattern.test(value)) throw new ReferenceDataError(`"${value}" is not a valid ${what}`, line);
}

/** Splits one CSV line into fields: `a,"b, c","say ""hi"""` gives `a`, `b, c` and `say "hi"`. */
export function splitCsvLine(text: string, line: number): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
        if (i + 1 < text.length && text[i + 1] !== ',') {
          throw new ReferenceDataError('a closing quote must end its field', line);
        }
      } else {
        field += char;
      }
    } else if (char === ',') {
      fields.push(field);
      field = '';
    } else if (char === '"' && field === '') {
      quoted = true;
    } else {
      field += char;
    }
  }
  if (quoted) throw new ReferenceDataError('a quoted field is not closed', line);
  fields.push(field);
  return fields;
}
