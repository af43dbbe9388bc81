import { emptyAnswer } from './answers';
import { excerpt, formatDateTime, formatIsoDate, levelLabel, quickCheckSummary, savedAtMessage, scoreSummary, targetSummary } from './describe';

describe('words for answers', () => {
  it('names levels as the form does', () => {
    expect(levelLabel(1)).toBe('1 – Not started');
    expect(levelLabel(3)).toBe('3 – Developing');
    expect(levelLabel(5)).toBe('5 – Embedded');
  });

  it('says where the ICS is now', () => {
    expect(scoreSummary({ selfScore: 3, notAssessed: false })).toBe('3 – Developing');
    expect(scoreSummary({ selfScore: null, notAssessed: true })).toBe('Not assessed');
    expect(scoreSummary(emptyAnswer('x'))).toBe('Not answered');
  });

  it('says where it wants to be, when it says', () => {
    expect(targetSummary({ targetLevel: 4, targetDate: '2027-03-31' })).toBe('4 – Established by 31 March 2027');
    expect(targetSummary({ targetLevel: 4, targetDate: null })).toBe('4 – Established');
    expect(targetSummary({ targetLevel: null, targetDate: null })).toBeNull();
    expect(formatIsoDate('2026-01-05')).toBe('5 January 2026');
  });

  it('names quick-check answers', () => {
    expect(quickCheckSummary('PARTIALLY_AGREE')).toBe('Partially agree');
    expect(quickCheckSummary(null)).toBe('Not answered');
  });

  it('says when answers were saved, to the minute', () => {
    expect(savedAtMessage(new Date(2026, 4, 1, 10, 42, 59))).toBe('Saved at 10:42');
  });

  it('gives a moment in history its date and time in the reader\'s time zone, and leaves text that is no date alone', () => {
    expect(formatDateTime(new Date(2026, 2, 3, 10, 42).toISOString())).toBe('3 March 2026 at 10:42');
    expect(formatDateTime('not a date')).toBe('not a date');
  });
});

describe('excerpt', () => {
  it('keeps short text whole, on one line', () => {
    expect(excerpt('  A needs map\nwith Healthwatch. ')).toBe('A needs map with Healthwatch.');
  });

  it('cuts long text at a word', () => {
    expect(excerpt('one two three four five six', 14)).toBe('one two three…');
  });
});
