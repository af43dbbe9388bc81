import { datePartsOf, parseDateParts, type DateParts } from '../../../lib/date-parts';
import type { FormError } from '../../../lib/form-errors';

/** The filter the page shows, as the address holds it (`?person=…&ics=…&kind=…&from=2026-07-01&to=…`). */
export interface AuditFilter {
  readonly person: string;
  readonly ics: string;
  readonly kind: string;
  readonly from: string;
  readonly to: string;
}

export const NO_FILTER: AuditFilter = { person: '', ics: '', kind: '', from: '', to: '' };

/** What the filter form holds while someone types: the dates as the three boxes of the NHS.UK date input. */
export interface AuditFilterForm {
  readonly person: string;
  readonly ics: string;
  readonly kind: string;
  readonly from: DateParts;
  readonly to: DateParts;
}

/** The ids of the form's fields, and which API field each answers for. */
export const AUDIT_FIELD_IDS = {
  'filter.actorUserId': 'audit-person',
  'filter.systemId': 'audit-ics',
  'filter.actions[0]': 'audit-kind',
  'filter.from': 'audit-from-day',
  'filter.to': 'audit-to-day',
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function filterFromParams(params: URLSearchParams): AuditFilter {
  const read = (name: string) => params.get(name)?.trim() ?? '';
  const date = (name: string) => (ISO_DATE.test(read(name)) ? read(name) : '');
  return { person: read('person'), ics: read('ics'), kind: read('kind'), from: date('from'), to: date('to') };
}

export function paramsFromFilter(filter: AuditFilter): Record<string, string> {
  return Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== ''));
}

export const formFromFilter = (filter: AuditFilter): AuditFilterForm => ({
  person: filter.person,
  ics: filter.ics,
  kind: filter.kind,
  from: datePartsOf(filter.from),
  to: datePartsOf(filter.to),
});

/** The form checked: the filter to apply, or every problem, each beside its field. */
export function checkFilterForm(form: AuditFilterForm): { filter: AuditFilter; errors: [] } | { filter: null; errors: FormError[] } {
  const errors: FormError[] = [];
  const from = parseDateParts(form.from, 'From date');
  const to = parseDateParts(form.to, 'To date');
  if (!from.ok) errors.push({ fieldId: AUDIT_FIELD_IDS['filter.from'], message: from.message });
  if (!to.ok) errors.push({ fieldId: AUDIT_FIELD_IDS['filter.to'], message: to.message });
  if (from.ok && to.ok && from.value && to.value && from.value > to.value) {
    errors.push({ fieldId: AUDIT_FIELD_IDS['filter.to'], message: 'To date must be the same as or after the from date' });
  }
  if (errors.length > 0 || !from.ok || !to.ok) return { filter: null, errors };
  return { filter: { person: form.person, ics: form.ics, kind: form.kind, from: from.value ?? '', to: to.value ?? '' }, errors: [] };
}

/** The filter as the API takes it (empty fields left out). */
export function apiFilterOf(filter: AuditFilter) {
  return {
    actorUserId: filter.person || null,
    systemId: filter.ics || null,
    actions: filter.kind ? [filter.kind] : null,
    from: filter.from || null,
    to: filter.to || null,
  };
}
