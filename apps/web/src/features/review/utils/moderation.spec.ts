import {
  moderationInput,
  moderationProblems,
  moderationValuesFrom,
  NO_MODERATED_LEVEL,
  returnReasonProblems,
  reviewFieldIds,
} from './moderation';

const KEY = 'co-design.principles-applied';

describe('reviewFieldIds', () => {
  it('needs no escaping, and the group id is its first radio', () => {
    const ids = reviewFieldIds(KEY);
    expect(ids.moderatedScore).toBe('co-design--principles-applied-moderated');
    expect(ids.moderatedLevel(1)).toBe(ids.moderatedScore);
    expect(ids.moderatedLevel(3)).toBe('co-design--principles-applied-moderated-3');
  });
});

describe('moderation form', () => {
  it('starts from the saved moderated level', () => {
    expect(moderationValuesFrom({ moderatedScore: 3 })).toEqual({ score: '3', comment: '' });
    expect(moderationValuesFrom({ moderatedScore: null })).toEqual({ score: '', comment: '' });
    expect(moderationValuesFrom(undefined)).toEqual({ score: '', comment: '' });
  });

  it('needs a level or a comment', () => {
    expect(moderationProblems(KEY, { score: '', comment: '  ' })).toEqual([
      { fieldId: reviewFieldIds(KEY).moderatedScore, message: 'Choose a moderated level, or write a comment' },
    ]);
    expect(moderationProblems(KEY, { score: '2', comment: '' })).toEqual([]);
    expect(moderationProblems(KEY, { score: '', comment: 'Evidence is thin.' })).toEqual([]);
    expect(moderationProblems(KEY, { score: NO_MODERATED_LEVEL, comment: '' })).toEqual([]);
  });

  it('refuses a comment over 2,000 characters, beside the comment', () => {
    expect(moderationProblems(KEY, { score: '2', comment: 'x'.repeat(2001) })).toEqual([
      { fieldId: reviewFieldIds(KEY).moderationComment, message: 'Comments must be 2000 characters or fewer' },
    ]);
    expect(moderationProblems(KEY, { score: '2', comment: 'x'.repeat(2000) })).toEqual([]);
  });

  it('sends a level of 1–5, or null to clear it, and leaves an empty comment out', () => {
    expect(moderationInput({ score: '3', comment: 'Evidence is thin.' })).toEqual({ moderatedScore: 3, comment: 'Evidence is thin.' });
    expect(moderationInput({ score: NO_MODERATED_LEVEL, comment: ' ' })).toEqual({ moderatedScore: null, comment: null });
    expect(moderationInput({ score: '', comment: 'Only a comment' })).toEqual({ moderatedScore: null, comment: 'Only a comment' });
  });
});

describe('the return reason', () => {
  it('needs some text, up to 2,000 characters', () => {
    expect(returnReasonProblems(' ')).toEqual([{ fieldId: 'return-reason', message: 'Say what the ICS needs to change' }]);
    expect(returnReasonProblems('x'.repeat(2001))[0].message).toContain('2000 characters');
    expect(returnReasonProblems('Add evidence for domain 3')).toEqual([]);
  });
});
