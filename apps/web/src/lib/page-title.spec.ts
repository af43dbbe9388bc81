import { pageTitle } from './page-title';

describe('pageTitle', () => {
  it('puts the h1 before the service and the NHS', () => {
    expect(pageTitle('Sign in to IDT Canvas')).toBe('Sign in to IDT Canvas – IDT Canvas – NHS');
  });

  it('starts with "Error: " while the page shows errors', () => {
    expect(pageTitle('Sign in to IDT Canvas', true)).toBe('Error: Sign in to IDT Canvas – IDT Canvas – NHS');
  });
});
