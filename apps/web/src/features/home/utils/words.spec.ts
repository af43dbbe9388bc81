import { adminClosingText, closingText, landscapeSentence, leadStatusSentence, submissionsSentence, submittedCount, waitingText } from './words';

const counts = (innovators: number, early: number, majority: number, late: number, laggards: number) =>
  [
    { category: 'INNOVATORS', count: innovators },
    { category: 'EARLY_ADOPTERS', count: early },
    { category: 'EARLY_MAJORITY', count: majority },
    { category: 'LATE_MAJORITY', count: late },
    { category: 'LAGGARDS', count: laggards },
  ] as const;

describe('landscapeSentence', () => {
  it('says the latest landscape in one sentence, innovators and early adopters together', () => {
    expect(landscapeSentence('2023 (illustrative)', counts(1, 5, 16, 12, 8))).toBe(
      'In 2023 (illustrative), 6 ICSs were innovators or early adopters, 16 early majority, 12 late majority and 8 laggards or latecomers.',
    );
  });
  it('uses the singular for one, and says when nobody was placed', () => {
    expect(landscapeSentence('2024', counts(0, 1, 0, 0, 0))).toBe(
      'In 2024, 1 ICS was innovators or early adopters, 0 early majority, 0 late majority and 0 laggards or latecomers.',
    );
    expect(landscapeSentence('2024', [])).toBe('In 2024, no ICS was placed on the curve.');
  });
});

describe('leadStatusSentence', () => {
  it('speaks to the lead about every status, never in codes', () => {
    for (const status of ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'RETURNED', 'VALIDATED'] as const) {
      expect(leadStatusSentence(status)).not.toMatch(/[A-Z]{2,}_?[A-Z]*/);
    }
    expect(leadStatusSentence('RETURNED')).toMatch(/returned it to you for changes/);
    expect(leadStatusSentence('DRAFT', null, false)).toBe('Not started yet.');
    expect(leadStatusSentence('DRAFT', null, true)).toBe('Not submitted yet: you can carry on where you left off.');
    expect(leadStatusSentence('DRAFT', 'Chris Coach')).toMatch(/^Not submitted yet\. Chris Coach, your programme coach, is recording it/);
  });
});

describe('closingText', () => {
  it('gives the closing date with the days left, today, or that it has closed', () => {
    expect(closingText('2027-03-31', 90)).toBe('Closes on 31 March 2027 (90 days left)');
    expect(closingText('2027-03-31', 1)).toBe('Closes on 31 March 2027 (1 day left)');
    expect(closingText('2027-03-31', 0)).toBe('Closes today, 31 March 2027');
    expect(closingText('2027-03-31', -2)).toBe('Closed on 31 March 2027');
  });
});

describe('adminClosingText', () => {
  it('says when a closed cycle closed, and that one past its closing date is not closed yet', () => {
    expect(adminClosingText('2027-03-31', 20, '2027-03-01')).toBe('Closed on 1 March 2027');
    expect(adminClosingText('2027-03-31', -2, null)).toBe('Closing date 31 March 2027 has passed: not closed yet');
    expect(adminClosingText('2027-03-31', 5, null)).toBe('Closes on 31 March 2027 (5 days left)');
  });
});

describe('waitingText', () => {
  it('says how long a review has waited', () => {
    expect(waitingText(0)).toBe('Less than a day');
    expect(waitingText(1)).toBe('1 day');
    expect(waitingText(12)).toBe('12 days');
  });
});

describe('submissions', () => {
  const tally = [
    { status: 'DRAFT', count: 30 },
    { status: 'SUBMITTED', count: 6 },
    { status: 'IN_REVIEW', count: 2 },
    { status: 'RETURNED', count: 1 },
    { status: 'VALIDATED', count: 3 },
  ] as const;
  it('counts submitted, in review and validated as submitted', () => {
    expect(submittedCount(tally)).toBe(11);
  });
  it('says how many of the ICSs taking part have submitted, and any returned', () => {
    expect(submissionsSentence(42, tally)).toBe('11 of 42 ICSs have submitted; 1 was returned for changes.');
    expect(submissionsSentence(1, [{ status: 'SUBMITTED', count: 1 }])).toBe('1 of 1 ICS has submitted.');
  });
});
