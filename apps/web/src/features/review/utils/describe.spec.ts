import { countText, daysWaitingLabel, formatDate, formatDateTime, isWebAddress, levelLabel, recordedOnBehalfText, scoresText, selfScoreText, targetText } from './describe';

describe('the review in words', () => {
  it('names levels as the canvas does', () => {
    expect(levelLabel(3)).toBe('3 – Developing');
    expect(levelLabel(5)).toBe('5 – Embedded');
  });

  it('says how long a submission has waited', () => {
    expect(daysWaitingLabel(0)).toBe('Less than a day');
    expect(daysWaitingLabel(1)).toBe('1 day');
    expect(daysWaitingLabel(12)).toBe('12 days');
  });

  it('marks the assisted route', () => {
    expect(recordedOnBehalfText('Chris Coach')).toBe('Recorded by Chris Coach on behalf of the ICS');
    expect(recordedOnBehalfText('Chris Coach', 'Devon')).toBe('Recorded by Chris Coach on behalf of Devon');
  });

  it('puts the moderated level beside the self-score, never instead of it', () => {
    expect(scoresText({ selfScore: 4, notAssessed: false, moderatedScore: 3 })).toBe('Self-score 4 – Established · Moderated 3 – Developing');
    expect(scoresText({ selfScore: 4, notAssessed: false, moderatedScore: null })).toBe('Self-score 4 – Established');
    expect(scoresText({ selfScore: null, notAssessed: true })).toBe('Self-score Not assessed');
    expect(selfScoreText(undefined)).toBe('Not answered');
  });

  it('says the target, when there is one', () => {
    expect(targetText({ targetLevel: 4, targetDate: '2027-03-31' })).toBe('4 – Established by 31 March 2027');
    expect(targetText({ targetLevel: null, targetDate: null })).toBeNull();
  });

  it('gives dates and times in the reader’s time zone, and leaves text that is no date alone', () => {
    expect(formatDateTime(new Date(2026, 2, 3, 10, 42).toISOString())).toBe('3 March 2026 at 10:42');
    expect(formatDate(new Date(2026, 2, 3, 10, 42).toISOString())).toBe('3 March 2026');
    expect(formatDate('soon')).toBe('soon');
  });

  it('links only to web addresses', () => {
    expect(isWebAddress('https://www.example.nhs.uk/plan')).toBe(true);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress('www.example.nhs.uk')).toBe(false);
  });

  it('counts in words', () => {
    expect(countText(0, 'comment', 'comments', 'No comments')).toBe('No comments');
    expect(countText(1, 'comment', 'comments', 'No comments')).toBe('1 comment');
    expect(countText(2, 'comment', 'comments', 'No comments')).toBe('2 comments');
  });
});
