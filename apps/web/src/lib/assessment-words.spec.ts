import { recordedOnBehalfText, scoreSummary, targetSummary } from './assessment-words';

describe('answers in words', () => {
  it('says where the ICS is now', () => {
    expect(scoreSummary({ selfScore: 3, notAssessed: false })).toBe('3 – Developing');
    expect(scoreSummary({ selfScore: null, notAssessed: true })).toBe('Not assessed');
    expect(scoreSummary({ selfScore: null, notAssessed: false })).toBe('Not answered');
    expect(scoreSummary(undefined)).toBe('Not answered');
  });

  it('says where it wants to be, when it says', () => {
    expect(targetSummary({ targetLevel: 4, targetDate: '2027-03-31' })).toBe('4 – Established by 31 March 2027');
    expect(targetSummary({ targetLevel: 4, targetDate: null })).toBe('4 – Established');
    expect(targetSummary({ targetLevel: null, targetDate: '2027-03-31' })).toBe('A target by 31 March 2027');
    expect(targetSummary({ targetLevel: null, targetDate: null })).toBeNull();
  });

  it('marks the assisted route', () => {
    expect(recordedOnBehalfText('Chris Coach')).toBe('Recorded by Chris Coach on behalf of the ICS');
    expect(recordedOnBehalfText('Chris Coach', 'Devon')).toBe('Recorded by Chris Coach on behalf of Devon');
  });
});
