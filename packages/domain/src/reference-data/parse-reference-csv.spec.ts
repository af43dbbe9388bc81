import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReferenceCsv, ReferenceDataError, splitCsvLine } from './parse-reference-csv';

const shipped = readFileSync(join(__dirname, '../../data/ics-2022.csv'), 'utf8');
const header = 'ons_code,ods_code,name,region_ods_code,region_ons_code,region_name';
const row = (ons: string, ods: string, name: string, region = 'Y63,E40000012,North East and Yorkshire') =>
  `${ons},${ods},${name},${region}`;

describe('parseReferenceCsv', () => {
  it('reads the shipped file into 42 ICSs in 7 regions, with the counts its provenance states', () => {
    const { regions, systems } = parseReferenceCsv(shipped);
    expect(systems).toHaveLength(42);
    expect(regions).toHaveLength(7);
    const countByRegion = Object.fromEntries(
      regions.map((r) => [r.name, systems.filter((s) => s.regionOdsCode === r.odsCode).length]),
    );
    expect(countByRegion).toEqual({
      'North East and Yorkshire': 4,
      'North West': 3,
      Midlands: 11,
      'East of England': 6,
      London: 5,
      'South East': 6,
      'South West': 7,
    });
  });

  it('reads quoted names that contain commas', () => {
    const { systems } = parseReferenceCsv(shipped);
    expect(systems.map((s) => s.name)).toContain('Shropshire, Telford and Wrekin');
    expect(systems.every((s) => !s.name.includes('"'))).toBe(true);
  });

  it('keeps the April 2023 ONS codes for Surrey Heartlands and Sussex', () => {
    const { systems } = parseReferenceCsv(shipped);
    expect(systems.find((s) => s.name === 'Surrey Heartlands')?.onsCode).toBe('E54000063');
    expect(systems.find((s) => s.name === 'Sussex')?.onsCode).toBe('E54000064');
  });

  it('accepts Windows line endings and a trailing blank line', () => {
    const text = [header, row('E54000050', 'QHM', 'North East and North Cumbria'), ''].join('\r\n');
    expect(parseReferenceCsv(text).systems).toEqual([
      { onsCode: 'E54000050', odsCode: 'QHM', name: 'North East and North Cumbria', regionOdsCode: 'Y63' },
    ]);
  });

  it.each([
    ['a wrong header', ['ons,ods,name', row('E54000050', 'QHM', 'A')], /line 1: expected the header/],
    ['a missing field', [header, 'E54000050,QHM,A,Y63,E40000012'], /line 2: expected 6 fields, found 5/],
    ['a malformed ICS ONS code', [header, row('E5400005', 'QHM', 'A')], /line 2: "E5400005" is not a valid ICS ONS code/],
    ['a malformed ICS ODS code', [header, row('E54000050', 'qhm', 'A')], /not a valid ICS ODS code/],
    ['a malformed region code', [header, row('E54000050', 'QHM', 'A', 'X63,E40000012,R')], /not a valid region ODS code/],
    ['an empty name', [header, row('E54000050', 'QHM', '')], /must both have a name/],
    [
      'a duplicate ODS code',
      [header, row('E54000050', 'QHM', 'A'), row('E54000051', 'QHM', 'B')],
      /line 3: duplicate ICS "QHM"/,
    ],
    [
      'a duplicate name',
      [header, row('E54000050', 'QHM', 'A'), row('E54000051', 'QOQ', 'A')],
      /line 3: duplicate ICS "A"/,
    ],
    [
      'a region described two ways',
      [header, row('E54000050', 'QHM', 'A'), row('E54000051', 'QOQ', 'B', 'Y63,E40000012,Elsewhere')],
      /line 3: region Y63 is described differently/,
    ],
  ])('refuses %s, naming the line', (_what, lines, message) => {
    expect(() => parseReferenceCsv(lines.join('\n'))).toThrow(ReferenceDataError);
    expect(() => parseReferenceCsv(lines.join('\n'))).toThrow(message);
  });
});

describe('splitCsvLine', () => {
  it.each([
    ['a,b,c', ['a', 'b', 'c']],
    ['a,"b, c",d', ['a', 'b, c', 'd']],
    ['"say ""hi""",x', ['say "hi"', 'x']],
    ['a,,', ['a', '', '']],
    ['', ['']],
  ])('splits %p', (text, fields) => {
    expect(splitCsvLine(text, 1)).toEqual(fields);
  });

  it.each([
    ['a,"b', /line 4: a quoted field is not closed/],
    ['a,"b"c', /line 4: a closing quote must end its field/],
  ])('refuses %p', (text, message) => {
    expect(() => splitCsvLine(text, 4)).toThrow(message);
  });
});
