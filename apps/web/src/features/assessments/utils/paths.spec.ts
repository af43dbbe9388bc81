import { afterDomainPath, checkAnswersPath, domainPath, domainPosition } from './paths';

const domains = [{ key: 'local-needs' }, { key: 'co-design' }, { key: 'learning' }];

describe('domainPosition', () => {
  it('numbers a domain and finds its neighbours', () => {
    expect(domainPosition(domains, 'local-needs')).toEqual({ number: 1, total: 3, previous: null, next: domains[1] });
    expect(domainPosition(domains, 'co-design')).toEqual({ number: 2, total: 3, previous: domains[0], next: domains[2] });
    expect(domainPosition(domains, 'learning')).toEqual({ number: 3, total: 3, previous: domains[1], next: null });
  });

  it('knows nothing of a domain that is not there', () => {
    expect(domainPosition(domains, 'nope')).toBeNull();
  });
});

describe('afterDomainPath', () => {
  it('goes on to the next domain, and to "Check your answers" after the last', () => {
    expect(afterDomainPath('a1', domains, 'local-needs')).toBe(domainPath('a1', 'co-design'));
    expect(afterDomainPath('a1', domains, 'learning')).toBe(checkAnswersPath('a1'));
    expect(checkAnswersPath('a1')).toBe('/assessments/a1/check');
  });

  it('goes straight back to "Check your answers" when the person came from there', () => {
    expect(afterDomainPath('a1', domains, 'local-needs', true)).toBe('/assessments/a1/check');
  });
});
