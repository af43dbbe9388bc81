import { newestPublished } from './newest-published';

describe('newestPublished', () => {
  it('picks the published version with the highest number, never a draft', () => {
    const frameworks = [
      { id: 'a', status: 'PUBLISHED', version: 1 },
      { id: 'c', status: 'DRAFT', version: 3 },
      { id: 'b', status: 'PUBLISHED', version: 2 },
    ];
    expect(newestPublished(frameworks)?.id).toBe('b');
  });

  it('is null when nothing is published', () => {
    expect(newestPublished([{ id: 'd', status: 'DRAFT', version: 1 }])).toBeNull();
  });
});
