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
    expect(ids.moderatedLevel).toBe('co-design--principles-applied-moderated');
    expect(ids.moderatedLevelOption(1)).toBe(ids.moderatedLevel);
    expect(ids.moderatedLevelOption(3)).toBe('co-design--principles-applied-moderated-3');
  });
});

describe('moderation form', () => {
  it('starts from the saved moderated level', () => {
    expect(moderationValuesFrom({ moderatedLevel: 3 })).toEqual({ level: '3', comment: '' });
    expect(moderationValuesFrom({ moderatedLevel: null })).toEqual({ level: '', comment: '' });
    expect(moderationValuesFrom(undefined)).toEqual({ level: '', comment: '' });
  });

  it('needs a level or a comment', () => {
    expect(moderationProblems(KEY, { level: '', comment: '  ' })).toEqual([
      { fieldId: reviewFieldIds(KEY).moderatedLevel, message: 'Choose a moderated level, or write a comment' },
    ]);
    expect(moderationProblems(KEY, { level: '2', comment: '' })).toEqual([]);
    expect(moderationProblems(KEY, { level: '', comment: 'Evidence is thin.' })).toEqual([]);
    expect(moderationProblems(KEY, { level: NO_MODERATED_LEVEL, comment: '' })).toEqual([]);
  });

  it('refuses a comment over 2,000 characters, beside the comment', () => {
    expect(moderationProblems(KEY, { level: '2', comment: 'x'.repeat(2001) })).toEqual([
      { fieldId: reviewFieldIds(KEY).moderationComment, message: 'Comments must be 2000 characters or fewer' },
    ]);
    expect(moderationProblems(KEY, { level: '2', comment: 'x'.repeat(2000) })).toEqual([]);
  });

  it('sends a level of 1–5, or null to clear it, and leaves an empty comment out', () => {
    expect(moderationInput({ level: '3', comment: 'Evidence is thin.' })).toEqual({ moderatedLevel: 3, comment: 'Evidence is thin.' });
    expect(moderationInput({ level: NO_MODERATED_LEVEL, comment: ' ' })).toEqual({ moderatedLevel: null, comment: null });
    expect(moderationInput({ level: '', comment: 'Only a comment' })).toEqual({ moderatedLevel: null, comment: 'Only a comment' });
  });
});

describe('the return reason', () => {
  it('needs some text, up to 2,000 characters', () => {
    expect(returnReasonProblems(' ')).toEqual([{ fieldId: 'return-reason', message: 'Say what the ICS needs to change' }]);
    expect(returnReasonProblems('x'.repeat(2001))[0].message).toContain('2000 characters');
    expect(returnReasonProblems('Add evidence for domain 3')).toEqual([]);
  });
});
