import { commentProblems } from './review-comment';

describe('a comment on a review thread', () => {
  it('needs some text, up to 2,000 characters, said beside its field', () => {
    expect(commentProblems('c', '')).toEqual([{ fieldId: 'c', message: 'Enter a comment' }]);
    expect(commentProblems('c', 'x'.repeat(2001))).toEqual([{ fieldId: 'c', message: 'Comments must be 2000 characters or fewer' }]);
    expect(commentProblems('c', 'Thanks')).toEqual([]);
  });
});
