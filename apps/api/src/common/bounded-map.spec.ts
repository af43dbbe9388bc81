import { BoundedMap } from './bounded-map';

describe('BoundedMap', () => {
  it('keeps at most its bound, forgetting the least recently used first', () => {
    const map = new BoundedMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1); // a is now the most recent
    map.set('c', 3);
    expect(map.size).toBe(2);
    expect(map.get('b')).toBeUndefined();
    expect(map.get('a')).toBe(1);
    expect(map.get('c')).toBe(3);
  });

  it('keeps a stored undefined or null apart from a missing key, and forgets a deleted one', () => {
    const map = new BoundedMap<string, number | null>(3);
    map.set('x', null);
    expect(map.get('x')).toBeNull();
    map.delete('x');
    expect(map.get('x')).toBeUndefined();
  });
});
