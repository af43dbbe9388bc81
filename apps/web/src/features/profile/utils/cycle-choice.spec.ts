import { comparisonCycleId } from './cycle-choice';

const cycle = (id: string, published: boolean) => ({ cycle: { id }, published });

describe('comparisonCycleId', () => {
  const cycles = [cycle('2021', true), cycle('2022', true), cycle('2023', false)];

  it('picks the latest published cycle when the latest is still provisional', () => {
    expect(comparisonCycleId(cycles, null)).toBe('2022');
  });

  it('keeps the cycle the address names, provisional or not, when the ICS has it', () => {
    expect(comparisonCycleId(cycles, '2021')).toBe('2021');
    expect(comparisonCycleId(cycles, '2023')).toBe('2023');
  });

  it('ignores a cycle the ICS has no figures for', () => {
    expect(comparisonCycleId(cycles, 'elsewhere')).toBe('2022');
  });

  it('falls back to the latest when none is published, and to nothing when there are no cycles', () => {
    expect(comparisonCycleId([cycle('a', false), cycle('b', false)], null)).toBe('b');
    expect(comparisonCycleId([], null)).toBeNull();
  });
});
