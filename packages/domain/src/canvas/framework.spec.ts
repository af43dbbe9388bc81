import { levelLabel, MATURITY_SCALE } from './framework';

describe('levelLabel', () => {
  it('names each level of the maturity scale as the canvas does: its number and its label', () => {
    expect(levelLabel(1)).toBe('1 – Not started');
    expect(levelLabel(3)).toBe('3 – Developing');
    expect(levelLabel(5)).toBe('5 – Embedded');
    expect(MATURITY_SCALE.map((s) => levelLabel(s.level))).toHaveLength(5);
  });

  it('gives the number alone for a level the scale does not have', () => {
    expect(levelLabel(0)).toBe('0');
    expect(levelLabel(6)).toBe('6');
  });
});
