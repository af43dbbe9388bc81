import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it.each(['/', '/cohorts', '/admin/users?page=2#top'])('keeps the site path %p', (path) => {
    expect(safeReturnTo(path)).toBe(path);
  });

  it.each([
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    'cohorts',
    '/a\nb',
    `/${'x'.repeat(600)}`,
    undefined,
    ['/a'],
  ])('replaces %p with /', (value) => {
    expect(safeReturnTo(value)).toBe('/');
  });
});
