import { countText, daysWaitingLabel, isWebAddress, moderatedSentence, scoresText } from './describe';

describe('the review in words', () => {
  it('says how long a submission has waited', () => {
    expect(daysWaitingLabel(0)).toBe('Less than a day');
    expect(daysWaitingLabel(1)).toBe('1 day');
    expect(daysWaitingLabel(12)).toBe('12 days');
  });

  it('puts the moderated level beside the self-score, never instead of it', () => {
    expect(scoresText({ selfScore: 4, notAssessed: false, moderatedScore: 3 })).toBe('Self-score 4 – Established · Moderated 3 – Developing');
    expect(scoresText({ selfScore: 4, notAssessed: false, moderatedScore: null })).toBe('Self-score 4 – Established');
    expect(scoresText({ selfScore: null, notAssessed: true })).toBe('Self-score Not assessed');
    expect(scoresText(undefined)).toBe('Self-score Not answered');
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

describe('moderatedSentence', () => {
  it('says, before validating, how many criteria the coach moderated and what stands for the rest', () => {
    expect(moderatedSentence(3, 40)).toBe('You moderated 3 of 40 criteria. The ICS’s own self-scores will stand for the other 37.');
    expect(moderatedSentence(0, 40)).toBe('You have not moderated any of the 40 criteria: the ICS’s own self-scores will stand for all of them.');
    expect(moderatedSentence(40, 40)).toBe('You moderated all 40 criteria.');
  });
});
