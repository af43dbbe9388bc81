import { formatDate, formatDateTime, formatIsoDate, listInWords } from './format';

describe('dates and times in words', () => {
  it('gives a moment its date and time in the reader’s time zone, and leaves text that is no date alone', () => {
    expect(formatDateTime(new Date(2026, 2, 3, 10, 42).toISOString())).toBe('3 March 2026 at 10:42');
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('gives a moment its date alone in the reader’s time zone, and leaves text that is no date alone', () => {
    expect(formatDate(new Date(2026, 2, 3, 10, 42).toISOString())).toBe('3 March 2026');
    expect(formatDate(new Date(2026, 2, 3, 23, 59).toISOString())).toBe('3 March 2026');
    expect(formatDate('soon')).toBe('soon');
  });

  it('gives a calendar date as it is written, whatever the time zone', () => {
    expect(formatIsoDate('2026-01-05')).toBe('5 January 2026');
    expect(formatIsoDate('2027-03-31T00:00:00.000Z')).toBe('31 March 2027');
    expect(formatIsoDate('someday')).toBe('someday');
  });
});

describe('listInWords', () => {
  it('joins with commas and "and"', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b'])).toBe('a and b');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('keeps names with an "and" or a comma of their own apart with semicolons', () => {
    expect(listInWords(['Devon', 'Suffolk and North East Essex'])).toBe('Devon; Suffolk and North East Essex');
    expect(listInWords(['Surrey Heartlands', 'Bristol, North Somerset and South Gloucestershire', 'North West London'])).toBe(
      'Surrey Heartlands; Bristol, North Somerset and South Gloucestershire; North West London',
    );
  });
});
