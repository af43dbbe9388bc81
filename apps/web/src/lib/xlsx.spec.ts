import { strFromU8, unzipSync } from 'fflate';
import { columnName, sheetName, toXlsx } from './xlsx';

const filesOf = (bytes: Uint8Array) => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));

describe('toXlsx', () => {
  const header = ['ICS', 'Score', 'Note'];
  const rows = [
    ['Devon', 62.5, 'Rural & coastal <b>'],
    ['Kent and Medway', null, '=HYPERLINK("x")'],
  ];

  it('is an Office Open XML package with one sheet and its styles', () => {
    const files = filesOf(toXlsx('Landscape 2023', header, rows));
    expect(Object.keys(files).sort()).toEqual(
      ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'].sort(),
    );
    expect(files['[Content_Types].xml']).toContain('PartName="/xl/worksheets/sheet1.xml"');
    expect(files['xl/workbook.xml']).toContain('<sheet name="Landscape 2023" sheetId="1" r:id="rId1"/>');
    expect(files['xl/_rels/workbook.xml.rels']).toContain('Target="worksheets/sheet1.xml"');
  });

  it('writes a bold frozen header, numbers as numbers, text escaped and never as a formula, empty cells left out', () => {
    const sheet = filesOf(toXlsx('Landscape', header, rows))['xl/worksheets/sheet1.xml'];
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toContain('<row r="1"><c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">ICS</t></is></c>');
    expect(sheet).toContain('<c r="B2"><v>62.5</v></c>');
    expect(sheet).toContain('<t xml:space="preserve">Rural &amp; coastal &lt;b&gt;</t>');
    expect(sheet).toContain('<c r="C3" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;x&quot;)</t></is></c>');
    expect(sheet).not.toContain('<f>');
    expect(sheet).not.toContain('r="B3"');
    expect(sheet.match(/<row /g)).toHaveLength(3);
  });

  it('drops characters XML cannot hold', () => {
    const sheet = filesOf(toXlsx('x', ['a\u0001b\u0008c\td'], []))['xl/worksheets/sheet1.xml'];
    expect(sheet).toContain('>abc\td<');
  });
});

describe('column and sheet names', () => {
  it('letters columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('makes a sheet name Excel accepts', () => {
    expect(sheetName('Landscape: 2023/24 [draft]?')).toBe('Landscape  2023 24  draft');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName(' :: ')).toBe('Sheet1');
  });
});
