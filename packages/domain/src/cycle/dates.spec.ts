import fc from 'fast-check';
import { addDaysToIsoDate, assertToday, cycleDateInWords, cycleDateProblem, daysBetweenIsoDates, isCycleDate } from './dates';

const TODAY = '2026-12-06';

describe('cycle dates: YYYY-MM-DD, real days, checked strictly', () => {
  it.each(['2026-12-06', '2024-02-29', '2000-02-29', '2026-01-31', '0001-01-01', '9999-12-31'])('%s is a date', (value) => {
    expect(isCycleDate(value)).toBe(true);
  });

  it.each([
    ['year 0000', '0000-01-01'],
    ['30 February', '2026-02-30'],
    ['29 February outside a leap year', '2023-02-29'],
    ['29 February 1900 (not a leap year)', '1900-02-29'],
    ['month 13', '2026-13-01'],
    ['month 00', '2026-00-10'],
    ['day 00', '2026-01-00'],
    ['31 April', '2026-04-31'],
    ['single-digit month', '2026-1-01'],
    ['a leading space', ' 2026-01-01'],
    ['a trailing time', '2026-01-01T00:00:00Z'],
    ['slashes', '2026/01/01'],
    ['day first', '01-01-2026'],
    ['full-width digits', '２０２６-０１-０１'],
    ['empty', ''],
  ])('refuses %s', (_what, value) => {
    expect(isCycleDate(value)).toBe(false);
  });

  it.each([null, undefined, 20260101, new Date('2026-01-01'), ['2026-01-01']])('refuses the non-string %p', (value) => {
    expect(isCycleDate(value)).toBe(false);
  });

  it('says DATE_INVALID for a date that is not real, on the field given', () => {
    expect(cycleDateProblem('2026-02-30', 'opensOn', 'Opening date', TODAY)).toEqual({
      code: 'DATE_INVALID',
      field: 'opensOn',
      message: 'Opening date must be a real date, like 2027-03-31',
    });
  });

  it('accepts 2000-01-01 to two years after today, and nothing outside', () => {
    expect(cycleDateProblem('2000-01-01', 'closesOn', 'Closing date', TODAY)).toBeNull();
    expect(cycleDateProblem('2028-12-05', 'closesOn', 'Closing date', TODAY)).toBeNull();
    expect(cycleDateProblem('1999-12-31', 'closesOn', 'Closing date', TODAY)?.code).toBe('DATE_OUT_OF_RANGE');
    const tooFar = cycleDateProblem('2028-12-06', 'closesOn', 'Closing date', TODAY);
    expect(tooFar).toEqual({
      code: 'DATE_OUT_OF_RANGE',
      field: 'closesOn',
      message: 'Closing date must be between 1 January 2000 and 5 December 2028 (at most two years from today)',
    });
    expect(cycleDateProblem('9999-12-31', 'closesOn', 'Closing date', TODAY)?.code).toBe('DATE_OUT_OF_RANGE');
  });

  it('treats a bad "today" as a programming error, not as a problem for the person', () => {
    expect(() => assertToday('2026-02-30')).toThrow(/today/);
    expect(() => cycleDateProblem('2026-01-01', 'opensOn', 'Opening date', 'yesterday')).toThrow(/today/);
  });

  it('writes dates as people read them', () => {
    expect(cycleDateInWords('2027-03-01')).toBe('1 March 2027');
    expect(cycleDateInWords('2026-12-31')).toBe('31 December 2026');
  });

  it('adds days across month ends and leap years', () => {
    expect(addDaysToIsoDate('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysToIsoDate('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDaysToIsoDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToIsoDate('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetweenIsoDates('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetweenIsoDates('2027-01-01', '2026-01-01')).toBe(-365);
    expect(addDaysToIsoDate('0050-12-31', 1)).toBe('0051-01-01');
    expect(() => addDaysToIsoDate('9999-12-31', 1)).toThrow(RangeError);
  });

  it('property: a day plus n days is a real date n days later, and adding then subtracting returns it', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -3000, max: 3000 }), (date, n) => {
        const later = addDaysToIsoDate(date, n);
        expect(isCycleDate(later)).toBe(true);
        expect(daysBetweenIsoDates(date, later)).toBe(n);
        expect(addDaysToIsoDate(later, -n)).toBe(date);
        expect(n >= 0 ? later >= date : later < date).toBe(true);
      }),
    );
  });

  it('property: isCycleDate agrees with the calendar for every day of 2000–2100 written as the calendar writes it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
        expect(isCycleDate(text)).toBe(real);
      }),
    );
  });
});
