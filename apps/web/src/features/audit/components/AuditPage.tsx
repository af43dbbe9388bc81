import { Button, DateInput, Select } from 'nhsuk-react-components';
import { useEffect, useMemo, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { fileSlug } from '../../../lib/csv';
import type { DateParts } from '../../../lib/date-parts';
import { downloadText } from '../../../lib/download';
import { errorFor, formErrorsFrom } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { fetchAuditCsv, useAuditTrail, type AuditEvent, type AuditTrail } from '../api/audit-trail';
import {
  apiFilterOf,
  AUDIT_FIELD_IDS,
  checkFilterForm,
  filterFromParams,
  formFromFilter,
  paramsFromFilter,
  type AuditFilter,
  type AuditFilterForm,
} from '../utils/audit-filter';

/**
 * The audit trail (admins and national viewers): who did what, when, to what, newest first, a page at a time. The
 * filter is in the address, so a filtered view can be shared and "Back" returns to it; pages are a stack of cursors.
 */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const form = useFormErrors();
  const apply = (next: AuditFilter) => {
    form.clear();
    setParams(paramsFromFilter(next));
  };
  return (
    <>
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <PageHeading hasErrors={form.errors.length > 0}>Audit trail</PageHeading>
      <p className="nhsuk-lede-text">
        Who did what, and when: to which ICS, assessment, assessment cycle, account or canvas version. The newest events come
        first. Nobody can change or delete these records.
      </p>
      {/* A new list (first page) for each filter. */}
      <AuditEvents key={JSON.stringify(filter)} filter={filter} form={form} onApply={apply} />
    </>
  );
}

function AuditEvents({
  filter,
  form,
  onApply,
}: {
  filter: AuditFilter;
  form: ReturnType<typeof useFormErrors>;
  onApply: (filter: AuditFilter) => void;
}) {
  // Cursors of the pages seen so far: the last is the page shown (null: the first page).
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const apiFilter = useMemo(() => apiFilterOf(filter), [filter]);
  const trail = useAuditTrail(apiFilter, cursors[cursors.length - 1] ?? null);
  const eventsHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (moved.current && !trail.isPlaceholderData) {
      moved.current = false;
      eventsHeading.current?.focus();
    }
  }, [trail.isPlaceholderData, trail.data]);

  // A filter the API refused (e.g. an id that is not one, from an edited address) is shown like a form problem.
  useEffect(() => {
    if (trail.isError) form.show(formErrorsFrom(trail.error, AUDIT_FIELD_IDS));
  }, [trail.isError, trail.error]);

  if (trail.isPending) return <Loading what="the audit trail" />;
  if (trail.isError && !trail.data) {
    return (
      <>
        <FilterForm filter={filter} trail={null} form={form} onApply={onApply} />
        <QueryError error={trail.error} what="the audit trail" onRetry={() => void trail.refetch()} />
      </>
    );
  }
  const data = trail.data;
  const page = data.auditEvents;
  const pageNumber = cursors.length;
  const go = (next: (string | null)[]) => {
    moved.current = true;
    setCursors(next);
  };
  return (
    <>
      <FilterForm filter={filter} trail={data} form={form} onApply={onApply} />
      <h2 id="audit-events-heading" ref={eventsHeading} tabIndex={-1} className="nhsuk-u-margin-top-5">
        Events{pageNumber > 1 ? `, page ${pageNumber}` : ''}
      </h2>
      <p data-testid="audit-summary">{summaryOf(filter, data, page.events.length, pageNumber)}</p>
      {page.events.length > 0 ? <EventsTable events={page.events} /> : null}
      <div className="nhsuk-button-group">
        {pageNumber > 1 ? (
          <Button type="button" secondary onClick={() => go(cursors.slice(0, -1))} disabled={trail.isFetching}>
            Previous page
          </Button>
        ) : null}
        {page.hasNextPage && page.endCursor ? (
          <Button type="button" secondary onClick={() => go([...cursors, page.endCursor])} disabled={trail.isFetching}>
            Next page
          </Button>
        ) : null}
      </div>
      <CsvDownload filter={filter} />
    </>
  );
}

const COLUMNS: readonly { header: string; cell: (event: AuditEvent) => string }[] = [
  { header: 'When', cell: (event) => formatDateTime(event.occurredAt) },
  { header: 'Who', cell: (event) => event.actorName ?? 'Nobody signed in' },
  { header: 'What happened', cell: (event) => event.description },
  { header: 'To what', cell: (event) => (event.subjectName ? `${event.subjectKind}: ${event.subjectName}` : event.subjectKind) },
  { header: 'ICS', cell: (event) => event.systemName ?? '–' },
];

/** The events in the NHS.UK responsive table: a table on a wide screen, one block per event (each value labelled) on a narrow one. */
function EventsTable({ events }: { events: readonly AuditEvent[] }) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table" data-testid="audit-table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Events, newest first</caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          {COLUMNS.map((column) => (
            <th key={column.header} className="nhsuk-table__header" role="columnheader" scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {events.map((event) => (
          <tr key={event.id} className="nhsuk-table__row" role="row" data-testid="audit-row">
            {COLUMNS.map((column) => (
              <td key={column.header} className="nhsuk-table__cell" role="cell">
                <span className="nhsuk-table__heading" aria-hidden="true">
                  {column.header}{' '}
                </span>
                <span>{column.cell(event)}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function summaryOf(filter: AuditFilter, data: AuditTrail, shown: number, pageNumber: number): string {
  const filtered = Object.values(filter).some((v) => v !== '');
  if (shown === 0) return filtered ? 'No events match these filters.' : 'There are no events yet.';
  const which = filtered ? 'matching events' : 'events';
  const more = data.auditEvents.hasNextPage ? ' There are more on the next page.' : '';
  return `Showing ${shown} ${which}${pageNumber > 1 ? ` on page ${pageNumber}` : ''}.${more}`;
}

function FilterForm({
  filter,
  trail,
  form,
  onApply,
}: {
  filter: AuditFilter;
  trail: AuditTrail | null;
  form: ReturnType<typeof useFormErrors>;
  onApply: (filter: AuditFilter) => void;
}) {
  const [values, setValues] = useState<AuditFilterForm>(() => formFromFilter(filter));
  const set = (change: Partial<AuditFilterForm>) => setValues((v) => ({ ...v, ...change }));
  const setDate = (which: 'from' | 'to', part: keyof DateParts) => (event: ChangeEvent<HTMLInputElement>) => {
    event.stopPropagation();
    const value = event.target.value;
    setValues((v) => ({ ...v, [which]: { ...v[which], [part]: value } }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkFilterForm(values);
    if (checked.filter === null) {
      form.show(checked.errors);
      return;
    }
    onApply(checked.filter);
  };
  const { errors } = form;
  return (
    <form method="get" noValidate onSubmit={submit} data-testid="audit-filters" aria-labelledby="audit-filters-heading">
      <h2 id="audit-filters-heading">Filter the events</h2>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <Select
            id={AUDIT_FIELD_IDS['filter.actorUserId']}
            name="person"
            label="Person"
            value={values.person}
            onChange={(event) => set({ person: event.target.value })}
            error={errorFor(errors, AUDIT_FIELD_IDS['filter.actorUserId'])}
          >
            <Select.Option value="">Everyone</Select.Option>
            {(trail?.auditEvents.people ?? []).map((person) => (
              <Select.Option key={person.id} value={person.id}>
                {person.name}
              </Select.Option>
            ))}
          </Select>
        </div>
        <div className="nhsuk-grid-column-one-half">
          <Select
            id={AUDIT_FIELD_IDS['filter.systemId']}
            name="ics"
            label="ICS"
            value={values.ics}
            onChange={(event) => set({ ics: event.target.value })}
            error={errorFor(errors, AUDIT_FIELD_IDS['filter.systemId'])}
          >
            <Select.Option value="">Every ICS</Select.Option>
            {(trail?.systems ?? []).map((system) => (
              <Select.Option key={system.id} value={system.id}>
                {system.name}
              </Select.Option>
            ))}
          </Select>
        </div>
      </div>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-full">
          <Select
            id={AUDIT_FIELD_IDS['filter.actions[0]']}
            name="kind"
            label="Kind of event"
            value={values.kind}
            onChange={(event) => set({ kind: event.target.value })}
            error={errorFor(errors, AUDIT_FIELD_IDS['filter.actions[0]'])}
          >
            <Select.Option value="">Every kind</Select.Option>
            {(trail?.auditEvents.kinds ?? []).map((kind) => (
              <Select.Option key={kind.action} value={kind.action}>
                {kind.description}
              </Select.Option>
            ))}
          </Select>
        </div>
      </div>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <DateInput
            id="audit-from"
            name="from"
            legend="From (optional)"
            legendProps={{ size: 's' }}
            hint="For example, 1 7 2026"
            error={errorFor(errors, AUDIT_FIELD_IDS['filter.from'])}
          >
            <DateInput.Day id={AUDIT_FIELD_IDS['filter.from']} value={values.from.day} onChange={setDate('from', 'day')} />
            <DateInput.Month value={values.from.month} onChange={setDate('from', 'month')} />
            <DateInput.Year value={values.from.year} onChange={setDate('from', 'year')} />
          </DateInput>
        </div>
        <div className="nhsuk-grid-column-one-half">
          <DateInput
            id="audit-to"
            name="to"
            legend="To (optional)"
            legendProps={{ size: 's' }}
            hint="For example, 31 7 2026"
            error={errorFor(errors, AUDIT_FIELD_IDS['filter.to'])}
          >
            <DateInput.Day id={AUDIT_FIELD_IDS['filter.to']} value={values.to.day} onChange={setDate('to', 'day')} />
            <DateInput.Month value={values.to.month} onChange={setDate('to', 'month')} />
            <DateInput.Year value={values.to.year} onChange={setDate('to', 'year')} />
          </DateInput>
        </div>
      </div>
      <div className="nhsuk-button-group">
        <Button type="submit">Apply filters</Button>
        <Link to="/admin/audit" className="nhsuk-link">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

/** "Download (CSV)": the filtered events (the newest 10,000 at most), from the API. */
function CsvDownload({ filter }: { filter: AuditFilter }) {
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null });
  const download = async () => {
    setState({ busy: true, message: null });
    try {
      const file = await fetchAuditCsv(apiFilterOf(filter));
      downloadText(fileSlug('audit-trail', filter.from, filter.to) + '.csv', file.csv, 'text/csv;charset=utf-8');
      setState({
        busy: false,
        message: file.truncated
          ? `Downloaded the newest ${file.rows.toLocaleString('en-GB')} events. More events match: choose dates to download the older ones.`
          : `Downloaded ${file.rows.toLocaleString('en-GB')} ${file.rows === 1 ? 'event' : 'events'}.`,
      });
    } catch {
      setState({ busy: false, message: 'The download did not work. Try again.' });
    }
  };
  return (
    <div className="nhsuk-u-margin-top-3">
      <Button type="button" secondary onClick={() => void download()} disabled={state.busy} data-testid="audit-csv">
        Download (CSV)
      </Button>
      <p role="status" data-testid="audit-csv-status">
        {state.message ?? ''}
      </p>
    </div>
  );
}
