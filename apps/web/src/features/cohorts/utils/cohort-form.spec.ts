import { addSystemProblems, newCohortInput, newCohortProblems, systemsToAdd } from './cohort-form';

describe('newCohortProblems', () => {
  it('asks for a name', () => {
    expect(newCohortProblems({ name: '  ', description: '' })).toEqual([{ fieldId: 'cohort-name', message: 'Enter a cohort name' }]);
  });

  it('limits the name and the description', () => {
    expect(newCohortProblems({ name: 'x'.repeat(121), description: 'y'.repeat(2001) })).toEqual([
      { fieldId: 'cohort-name', message: 'Cohort name must be 120 characters or fewer' },
      { fieldId: 'cohort-description', message: 'Description must be 2000 characters or fewer' },
    ]);
  });

  it('accepts a named cohort with no description', () => {
    expect(newCohortProblems({ name: 'Wave 2', description: '' })).toEqual([]);
  });
});

describe('newCohortInput', () => {
  it('trims both fields', () => {
    expect(newCohortInput({ name: ' Wave 2 ', description: ' Second wave. ' })).toEqual({ name: 'Wave 2', description: 'Second wave.' });
  });
});

describe('addSystemProblems', () => {
  it('asks for an ICS', () => {
    expect(addSystemProblems('')).toEqual([{ fieldId: 'add-system', message: 'Select an ICS to add' }]);
    expect(addSystemProblems('s1')).toEqual([]);
  });
});

describe('systemsToAdd', () => {
  const all = [
    { id: 'd', name: 'Devon', region: { name: 'South West' } },
    { id: 'c', name: 'Cornwall and the Isles of Scilly', region: { name: 'South West' } },
    { id: 'n', name: 'North West London', region: { name: 'London' } },
  ];

  it('leaves out the members, region by region, in name order', () => {
    expect(systemsToAdd(all, [{ id: 'd' }])).toEqual([
      { regionName: 'London', members: [all[2]] },
      { regionName: 'South West', members: [all[1]] },
    ]);
  });

  it('has nothing to offer when every ICS is in', () => {
    expect(systemsToAdd(all, all)).toEqual([]);
  });
});
