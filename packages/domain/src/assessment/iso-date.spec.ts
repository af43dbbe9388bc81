import { isIsoDate } from './responses';

describe('isIsoDate: a real day that PostgreSQL can store', () => {
  it.each(['2026-01-01', '2028-02-29', '0001-01-01', '9999-12-31'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(['0000-01-01', '0000-02-29', '2026-02-29', '2026-02-30', '2026-13-01', '10000-01-01', '-0001-01-01', '2026-1-1', ''])(
    'refuses %s',
    (value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );
});
