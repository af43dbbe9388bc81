import { domainTitles, dotLabel, profilePath } from './labels';

describe('dotLabel', () => {
  it('names a named ICS with its region, score, category and rank', () => {
    expect(dotLabel({ name: 'Devon', regionName: 'South West', overallScore: 61.84, category: 'EARLY_MAJORITY', rank: 17, own: false })).toBe(
      'Devon, South West: score 61.8, Early majority, rank 17',
    );
  });

  it('marks your own ICS', () => {
    expect(dotLabel({ name: 'Devon', regionName: 'South West', overallScore: 70, category: 'EARLY_ADOPTERS', rank: 5, own: true })).toBe(
      'Devon (your ICS), South West: score 70.0, Early adopters, rank 5',
    );
  });

  it('describes an unnamed ICS without identifying it: no region either', () => {
    expect(dotLabel({ name: null, regionName: null, overallScore: 50.06, category: 'LATE_MAJORITY', rank: 20, own: false })).toBe(
      'An ICS that has not chosen to share its name, region not shown: score 50.1, Late majority, rank 20',
    );
  });
});

describe('profilePath', () => {
  it('links to the profile page', () => {
    expect(profilePath('b0a1d2cb-6e64-4b4b-819d-54bd6842601f')).toBe('/systems/b0a1d2cb-6e64-4b4b-819d-54bd6842601f/profile');
  });
});

describe('domainTitles', () => {
  const frameworks = [
    { id: 'v1', domains: [{ key: 'b', number: 2, title: 'Two' }, { key: 'a', number: 1, title: 'One' }] },
    { id: 'v2', domains: [{ key: 'c', number: 1, title: 'Other' }] },
  ];

  it("gives the cycle's canvas version's domains in order", () => {
    expect(domainTitles(frameworks, 'v1').map((d) => d.title)).toEqual(['One', 'Two']);
    expect(domainTitles(frameworks, 'v2').map((d) => d.key)).toEqual(['c']);
  });

  it('falls back to the first version, or nothing', () => {
    expect(domainTitles(frameworks, 'unknown').map((d) => d.key)).toEqual(['a', 'b']);
    expect(domainTitles([], 'v1')).toEqual([]);
  });
});
