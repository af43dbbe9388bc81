import { apiFilterOf, checkFilterForm, filterFromParams, formFromFilter, NO_FILTER, paramsFromFilter } from './audit-filter';

describe('the audit trail filter', () => {
  it('round-trips through the address, dropping empty fields and dates that are not dates', () => {
    const filter = { person: 'p', ics: 's', kind: 'SIGNED_IN', from: '2026-07-01', to: '2026-07-31' };
    expect(filterFromParams(new URLSearchParams(paramsFromFilter(filter)))).toEqual(filter);
    expect(paramsFromFilter({ ...NO_FILTER, kind: 'SIGNED_IN' })).toEqual({ kind: 'SIGNED_IN' });
    expect(filterFromParams(new URLSearchParams('from=1/7/2026&to=2026-07-31'))).toEqual({ ...NO_FILTER, to: '2026-07-31' });
  });

  it('accepts real days, in order, and empty ones', () => {
    const form = formFromFilter({ ...NO_FILTER, from: '2026-07-01', to: '2026-07-01' });
    expect(form.from).toEqual({ day: '1', month: '7', year: '2026' });
    expect(checkFilterForm(form)).toEqual({ filter: { ...NO_FILTER, from: '2026-07-01', to: '2026-07-01' }, errors: [] });
    expect(checkFilterForm(formFromFilter(NO_FILTER)).filter).toEqual(NO_FILTER);
  });

  it('names each problem beside its field: a day that does not exist, a missing part, a "to" before the "from"', () => {
    const base = formFromFilter(NO_FILTER);
    expect(checkFilterForm({ ...base, from: { day: '30', month: '2', year: '2026' } }).errors).toEqual([
      { fieldId: 'audit-from-day', message: 'From date must be a real date, for example 31 3 2027' },
    ]);
    expect(checkFilterForm({ ...base, to: { day: '1', month: '', year: '2026' } }).errors).toEqual([
      { fieldId: 'audit-to-day', message: 'To date must include a month' },
    ]);
    expect(
      checkFilterForm({ ...base, from: { day: '2', month: '7', year: '2026' }, to: { day: '1', month: '7', year: '2026' } }).errors,
    ).toEqual([{ fieldId: 'audit-to-day', message: 'To date must be the same as or after the from date' }]);
  });

  it('gives the API only the fields that are set', () => {
    expect(apiFilterOf({ ...NO_FILTER, kind: 'SIGNED_IN', from: '2026-07-01' })).toEqual({
      actorUserId: null,
      systemId: null,
      actions: ['SIGNED_IN'],
      from: '2026-07-01',
      to: null,
    });
  });
});
