import { domainTitles, formatDelta, formatFigure, ordinal, titleOf } from './domains';

const domains = [
  { key: 'co-design', number: 2, title: 'Co-design' },
  { key: 'local-needs', number: 1, title: 'Local needs' },
];

describe('domain titles', () => {
  it("orders the cycle's canvas domains and names keys", () => {
    expect(domainTitles([{ id: 'v1', domains }], 'v1').map((d) => d.key)).toEqual(['local-needs', 'co-design']);
    expect(domainTitles([{ id: 'v1', domains }], 'other')).toHaveLength(2);
    expect(titleOf(domains, 'overall')).toBe('Overall');
    expect(titleOf(domains, 'co-design')).toBe('Co-design');
    expect(titleOf(domains, 'unknown')).toBe('unknown');
  });
});

describe('formatting', () => {
  it('formats figures, deltas and ordinals', () => {
    expect(formatFigure(61.84)).toBe('61.8');
    expect(formatFigure(null)).toBe('–');
    expect(formatDelta(5.11)).toBe('+5.1');
    expect(formatDelta(-25)).toBe('−25.0');
    expect(formatDelta(0.01)).toBe('0.0');
    expect(formatDelta(null)).toBe('–');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 89, 101].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '89th', '101st']);
    expect(ordinal(89.29)).toBe('89th');
  });
});
