import { BackLink, Button, DateInput, Table } from 'nhsuk-react-components';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ConfirmPanel } from '../../../components/ConfirmPanel';
import { DetailPage } from '../../../components/DetailPage';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { NotFoundPage } from '../../../components/ErrorPages';
import { datePartsOf, parseDateParts, type DateParts } from '../../../lib/date-parts';
import { downloadText } from '../../../lib/download';
import { fileSlug } from '../../../lib/csv';
import { errorFor, formErrorsFrom } from '../../../lib/form-errors';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import type { NoticeState } from '../../../lib/notice';
import { useChangeClosingDate, useCloseCycle, useCycleProgress, type CycleProgressData } from '../api/cycles';
import { canvasVersionName, CLOSING_DATE_FIELDS, cycleCanvasNote, cycleDate, cycleProgressCsv } from '../utils/cycle-form';
import { CyclePhaseTag } from './CyclePhaseTag';

const isOpen = (phase: string) => phase === 'OPEN' || phase === 'NOT_YET_OPEN' || phase === 'PAST_CLOSING_DATE';
const icss = (n: number) => (n === 1 ? '1 ICS' : `${n} ICSs`);

/** One cycle: its facts, its progress at a glance (counts and one row per ICS, with a download) and what to do next. */
export function CyclePage({ cycleId }: { cycleId: string }) {
  const progress = useCycleProgress(cycleId);
  return (
    <DetailPage back={{ to: '/admin/cycles', label: 'Back to cycles' }} query={progress} title={(data) => data?.cycle.name ?? 'Cycle'} what="the cycle">
      {(data) => <CycleDetails data={data} />}
    </DetailPage>
  );
}

function CycleDetails({ data }: { data: CycleProgressData }) {
  const { cycle, counts, rows, csvHeaders } = data;
  return (
    <>
      <dl className="nhsuk-summary-list" data-testid="cycle-facts">
        <Fact name="Where it is">
          <CyclePhaseTag phase={cycle.phase} label={cycle.phaseLabel} />
        </Fact>
        <Fact name="Canvas version">
          <Link to={`/admin/canvas/${cycle.framework.id}`}>{canvasVersionName(cycle.framework)}</Link>
          {cycleCanvasNote(cycle.framework.lifecycle) ? (
            <p className="nhsuk-body-s nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0" data-testid="cycle-canvas-note">
              {cycleCanvasNote(cycle.framework.lifecycle)}
            </p>
          ) : null}
        </Fact>
        <Fact name="Dates">
          {cycleDate(cycle.opensOn)} to {cycleDate(cycle.closesOn)}
        </Fact>
        {cycle.closedOn ? (
          <Fact name="Closed">
            {cycleDate(cycle.closedOn)}
            {cycle.closedEarly ? ', before its closing date' : ''}
          </Fact>
        ) : null}
        <Fact name="Who takes part">{cycle.cohort ? `${cycle.cohort.name} (${icss(rows.length)})` : `Every ICS (${icss(rows.length)})`}</Fact>
        <Fact name="Scores">{cycle.illustrative ? 'Illustrative (demonstration data)' : 'Real results'}</Fact>
      </dl>
      {isOpen(cycle.phase) ? (
        <ul className="nhsuk-list" data-testid="cycle-actions">
          <li>
            <Link to={`/admin/cycles/${cycle.id}/closing-date`}>Change the closing date</Link>
          </li>
          <li>
            <Link to={`/admin/cycles/${cycle.id}/close`}>Close this cycle now</Link>
          </li>
        </ul>
      ) : null}

      <h2>Progress at a glance</h2>
      <Table responsive caption="ICSs at each stage" data-testid="progress-counts">
        <Table.Head>
          <Table.Row>
            <Table.Cell>Stage</Table.Cell>
            <Table.Cell format="numeric">ICSs</Table.Cell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {counts.map((c) => (
            <Table.Row key={c.status}>
              <Table.Cell>{c.label}</Table.Cell>
              <Table.Cell format="numeric">{c.count}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>

      <h2>Each ICS</h2>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        data-testid="progress-download"
        onClick={() => downloadText(`${fileSlug(cycle.name, 'progress')}.csv`, cycleProgressCsv(csvHeaders, rows), 'text/csv;charset=utf-8')}
      >
        Download (CSV)<span className="nhsuk-u-visually-hidden"> of each ICS&apos;s progress</span>
      </button>
      <Table responsive caption={`Progress of each ICS (${rows.length})`} data-testid="progress-rows">
        <Table.Head>
          <Table.Row>
            <Table.Cell>ICS</Table.Cell>
            <Table.Cell>Stage</Table.Cell>
            <Table.Cell format="numeric">Criteria answered</Table.Cell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.systemId} data-testid="progress-row">
              <Table.Cell>{r.systemName}</Table.Cell>
              <Table.Cell>{r.label}</Table.Cell>
              <Table.Cell format="numeric">
                {r.answeredCount} of {r.criteriaCount}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </>
  );
}

function Fact({ name, children }: { name: string; children: React.ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{name}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** A page about one cycle that only makes sense while it is open: its frame, and a "not open" message otherwise. */
function OpenCycleFrame({
  cycleId,
  heading,
  form,
  children,
}: {
  cycleId: string;
  heading: (name: string) => string;
  form: ReturnType<typeof useFormErrors>;
  children: (data: CycleProgressData) => React.ReactNode;
}) {
  const progress = useCycleProgress(cycleId);
  if (progress.isError && progress.error instanceof GraphQLRequestError && ['NOT_FOUND', 'BAD_USER_INPUT'].includes(progress.error.code)) {
    return <NotFoundPage />;
  }
  return (
    <>
      <BackLink asElement={Link} to={`/admin/cycles/${cycleId}`}>
        Back to the cycle
      </BackLink>
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <PageHeading hasErrors={form.errors.length > 0}>{heading(progress.data?.cycle.name ?? 'the cycle')}</PageHeading>
      {progress.isPending ? (
        <Loading what="the cycle" />
      ) : progress.isError ? (
        <QueryError error={progress.error} what="the cycle" onRetry={() => void progress.refetch()} />
      ) : isOpen(progress.data.cycle.phase) ? (
        children(progress.data)
      ) : (
        <p>This cycle is closed: its closing date cannot change and it cannot close again.</p>
      )}
    </>
  );
}

/** "Change the closing date": the leads of the ICSs taking part are told. */
export function ChangeClosingDatePage({ cycleId }: { cycleId: string }) {
  const form = useFormErrors();
  return (
    <OpenCycleFrame cycleId={cycleId} form={form} heading={(name) => `Change the closing date of ${name}`}>
      {(data) => <ChangeClosingDateForm data={data} form={form} />}
    </OpenCycleFrame>
  );
}

function ChangeClosingDateForm({ data, form }: { data: CycleProgressData; form: ReturnType<typeof useFormErrors> }) {
  const navigate = useNavigate();
  const change = useChangeClosingDate();
  const [date, setDate] = useState<DateParts>(() => datePartsOf(data.cycle.closesOn));
  const setPart = (part: keyof DateParts) => (e: ChangeEvent<HTMLInputElement>) => setDate((d) => ({ ...d, [part]: e.target.value }));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const parsed = parseDateParts(date, 'Closing date');
    if (!parsed.ok) return form.show([{ fieldId: CLOSING_DATE_FIELDS.closesOn, message: parsed.message }]);
    if (parsed.value === null) return form.show([{ fieldId: CLOSING_DATE_FIELDS.closesOn, message: 'Enter the new closing date' }]);
    change.mutate(
      { cycleId: data.cycle.id, closesOn: parsed.value },
      {
        onSuccess: (cycle) => {
          const state: NoticeState = { notice: `The closing date is now ${cycleDate(cycle.closesOn)}. The ICS leads taking part have been told.` };
          navigate(`/admin/cycles/${data.cycle.id}`, { state });
        },
        onError: (error) => form.show(formErrorsFrom(error, CLOSING_DATE_FIELDS)),
      },
    );
  };
  return (
    <form method="post" noValidate onSubmit={submit}>
      <p>
        It closes on {cycleDate(data.cycle.closesOn)} now. The leads of the {icss(data.rows.length)} taking part will be told of the new
        date, in the app and by email.
      </p>
      <DateInput
        id="cycle-new-closes"
        name="closesOn"
        legend="New closing date"
        legendProps={{ size: 's' }}
        hint="The last day ICSs can answer: today or later, for example 31 5 2027. To stop answers today, close the cycle instead."
        error={errorFor(form.errors, CLOSING_DATE_FIELDS.closesOn)}
      >
        <DateInput.Day id={CLOSING_DATE_FIELDS.closesOn} value={date.day} onChange={setPart('day')} />
        <DateInput.Month value={date.month} onChange={setPart('month')} />
        <DateInput.Year value={date.year} onChange={setPart('year')} />
      </DateInput>
      <Button type="submit" preventDoubleClick>
        Change the closing date
      </Button>
    </form>
  );
}

/** "Close this cycle now": a confirmation that says what stops and who is told. */
export function CloseCyclePage({ cycleId }: { cycleId: string }) {
  const form = useFormErrors();
  return (
    <OpenCycleFrame cycleId={cycleId} form={form} heading={(name) => `Close ${name} now`}>
      {(data) => <CloseCycleConfirmation data={data} form={form} />}
    </OpenCycleFrame>
  );
}

function CloseCycleConfirmation({ data, form }: { data: CycleProgressData; form: ReturnType<typeof useFormErrors> }) {
  const navigate = useNavigate();
  const close = useCloseCycle();
  const { cycle, rows } = data;
  const early = cycle.phase !== 'PAST_CLOSING_DATE';
  const back = () => navigate(`/admin/cycles/${cycle.id}`);
  return (
    <ConfirmPanel
      heading="Are you sure you want to close this cycle now?"
      confirm="Yes, close it now"
      cancel="No, go back"
      warning
      busy={close.isPending}
      testId="close-cycle-confirm"
      onCancel={back}
      onConfirm={() =>
        close.mutate(cycle.id, {
          onSuccess: (closed) => {
            const state: NoticeState = { notice: `${cycle.name} closed on ${cycleDate(closed.closedOn ?? cycle.closesOn)}. Its ICS leads have been told.` };
            navigate(`/admin/cycles/${cycle.id}`, { state });
          },
          onError: (error) => form.show(formErrorsFrom(error, {})),
        })
      }
    >
      <ul>
        <li>
          {early
            ? `It closes today, before its planned closing date of ${cycleDate(cycle.closesOn)}.`
            : `Its closing date, ${cycleDate(cycle.closesOn)}, has passed: it is recorded as closed on that day.`}
        </li>
        <li>
          The leads of the {icss(rows.length)} taking part ({cycle.cohort ? `the ${cycle.cohort.name} cohort` : 'every ICS'}) will be told, in the app
          and by email, and asked to check their provisional figures.
        </li>
        <li>A closed cycle cannot be opened again.</li>
      </ul>
    </ConfirmPanel>
  );
}
