import { readNotice } from './notice';

describe('readNotice', () => {
  it('reads the confirmation a page left in the history state', () => {
    expect(readNotice({ notice: 'Account created for Pat Jones.' })).toBe('Account created for Pat Jones.');
  });

  it.each([null, undefined, 'text', 42, {}, { notice: 7 }, { notice: '  ' }])('finds nothing in %p', (state) => {
    expect(readNotice(state)).toBeNull();
  });
});
