import { countText, daysWaitingLabel, isWebAddress, moderatedSentence, levelsText } from './describe';

describe('the review in words', () => {
  it('says how long a submission has waited', () => {
    expect(daysWaitingLabel(0)).toBe('Less than a day');
    expect(daysWaitingLabel(1)).toBe('1 day');
    expect(daysWaitingLabel(12)).toBe('12 days');
  });

  it('puts the moderated level beside the self-assessed level, never instead of it', () => {
    expect(levelsText({ selfLevel: 4, notAssessed: false, moderatedLevel: 3 })).toBe('Self-assessed level: 4 – Established · Moderated level: 3 – Developing');
    expect(levelsText({ selfLevel: 4, notAssessed: false, moderatedLevel: null })).toBe('Self-assessed level: 4 – Established');
    expect(levelsText({ selfLevel: null, notAssessed: true })).toBe('Self-assessed level: Not assessed');
    expect(levelsText(undefined)).toBe('Self-assessed level: Not answered');
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
    expect(moderatedSentence(3, 40)).toBe('You moderated 3 of 40 criteria. The ICS’s own self-assessed levels will stand for the other 37.');
    expect(moderatedSentence(0, 40)).toBe('You have not moderated any of the 40 criteria: the ICS’s own self-assessed levels will stand for all of them.');
    expect(moderatedSentence(40, 40)).toBe('You moderated all 40 criteria.');
  });
});
