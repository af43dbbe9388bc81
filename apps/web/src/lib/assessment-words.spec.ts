import { onBehalfSentence, recordedOnBehalfText, levelSummary, targetSummary } from './assessment-words';
import { formatDateTime } from './format';

describe('answers in words', () => {
  it('says where the ICS is now', () => {
    expect(levelSummary({ selfLevel: 3, notAssessed: false })).toBe('3 – Developing');
    expect(levelSummary({ selfLevel: null, notAssessed: true })).toBe('Not assessed');
    expect(levelSummary({ selfLevel: null, notAssessed: false })).toBe('Not answered');
    expect(levelSummary(undefined)).toBe('Not answered');
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

  it('says who is recording an assessment on the ICS’s behalf and since when, to its lead and to the coach', () => {
    const since = '2026-12-06T09:14:00Z';
    const when = formatDateTime(since);
    const recording = { name: 'Sam Coach', since };
    expect(onBehalfSentence(recording, { systemName: 'Devon', toLead: true, ongoing: true })).toBe(
      `Sam Coach (programme coach) has been recording this assessment on your behalf since ${when}.`,
    );
    expect(onBehalfSentence(recording, { systemName: 'Devon', toLead: false, ongoing: true })).toBe(
      `Sam Coach (programme coach) has been recording Devon’s assessment on its behalf since ${when}.`,
    );
    expect(onBehalfSentence(recording, { systemName: 'Devon', toLead: true, ongoing: false })).toBe(
      `Sam Coach (programme coach) recorded this assessment on your behalf, starting on ${when}.`,
    );
    expect(onBehalfSentence({ name: 'Sam Coach', since: null }, { systemName: 'Devon', toLead: false, ongoing: true })).toBe(
      'Sam Coach (programme coach) has been recording Devon’s assessment on its behalf.',
    );
    expect(when).toMatch(/^6 December 2026 at \d\d:\d\d$/);
  });
});
