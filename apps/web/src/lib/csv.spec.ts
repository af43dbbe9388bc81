import { csvCell, csvNumber, fileSlug, toCsv } from './csv';

describe('csvCell', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('Devon')).toBe('Devon');
    expect(csvCell(61.8)).toBe('61.8');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0)).toBe('0');
  });

  it('writes missing values as empty cells', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('Bath, Swindon')).toBe('"Bath, Swindon"');
    expect(csvCell('The "best"')).toBe('"The ""best"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('guards against formula injection with an apostrophe', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44')).toBe("'+44");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });
});

describe('toCsv', () => {
  it('joins a header and rows with CRLF', () => {
    expect(toCsv(['ICS', 'Score'], [['Devon', 61.8], ['Kent, Medway', null]])).toBe('ICS,Score\r\nDevon,61.8\r\n"Kent, Medway",\r\n');
  });
});

describe('csvNumber', () => {
  it('rounds to one decimal place by default', () => {
    expect(csvNumber(61.8333)).toBe(61.8);
    expect(csvNumber(61.8333, 0)).toBe(62);
    expect(csvNumber(null)).toBeNull();
  });
});

describe('fileSlug', () => {
  it('makes a safe file name', () => {
    expect(fileSlug('Diffusion curve', '2023 (illustrative)')).toBe('diffusion-curve-2023-illustrative');
    expect(fileSlug('')).toBe('download');
  });
});
