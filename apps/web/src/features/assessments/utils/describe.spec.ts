import { savedAtMessage } from '../../../lib/format';
import { excerpt, quickCheckSummary } from './describe';

describe('words for answers', () => {
  it('names quick-check answers', () => {
    expect(quickCheckSummary('PARTIALLY_AGREE')).toBe('Partially agree');
    expect(quickCheckSummary(null)).toBe('Not answered');
  });

  it('says when answers were saved, to the minute', () => {
    expect(savedAtMessage(new Date(2026, 4, 1, 10, 42, 59))).toBe('Saved at 10:42');
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
