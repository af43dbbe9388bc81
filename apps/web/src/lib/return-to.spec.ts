import { DEFAULT_RETURN_TO, safeReturnTo, signInPath } from './return-to';

describe('safeReturnTo', () => {
  it.each([
    ['/admin/users', '/admin/users'],
    ['/cohorts/4b1f0f7e-5d2a-4c47-9a55-0c7f1b0b3e8a', '/cohorts/4b1f0f7e-5d2a-4c47-9a55-0c7f1b0b3e8a'],
    ['/', '/'],
    ['/cohorts?page=2#list', '/cohorts?page=2#list'],
  ])('keeps the same-site path %s', (raw, expected) => {
    expect(safeReturnTo(raw)).toBe(expected);
  });

  it('normalises dot segments without leaving the site', () => {
    expect(safeReturnTo('/a/../admin/users')).toBe('/admin/users');
    expect(safeReturnTo('/../../etc')).toBe('/etc');
  });

  it.each([
    ['nothing', null],
    ['nothing', undefined],
    ['an empty string', ''],
    ['a protocol-relative URL', '//evil.example/phish'],
    ['a protocol-relative URL with more slashes', '///evil.example'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['backslashes at the start', '\\\\evil.example'],
    ['an absolute URL', 'https://evil.example/'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path without a leading slash', 'admin/users'],
    ['a tab that browsers strip', '/\t/evil.example'],
    ['a newline that browsers strip', '/\n/evil.example'],
    ['a space', '/ /evil.example'],
    ['a control character', '/admin\u0000'],
    ['the sign-in page itself', '/sign-in'],
    ['the sign-in page with a query', '/sign-in?returnTo=%2Fadmin'],
    ['something very long', `/${'a'.repeat(2001)}`],
  ])('refuses %s', (_what, raw) => {
    expect(safeReturnTo(raw as string | null | undefined)).toBeNull();
  });

  it('keeps an encoded "//" inside the path, which is only a path', () => {
    expect(safeReturnTo('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
  });
});

describe('signInPath', () => {
  it('asks to come back to a protected page', () => {
    expect(signInPath('/admin/users')).toBe('/sign-in?returnTo=%2Fadmin%2Fusers');
  });

  it('leaves returnTo out for the home page, or for somewhere it would not go back to', () => {
    expect(signInPath(DEFAULT_RETURN_TO)).toBe('/sign-in');
    expect(signInPath('//evil.example')).toBe('/sign-in');
    expect(signInPath(undefined)).toBe('/sign-in');
  });
});
