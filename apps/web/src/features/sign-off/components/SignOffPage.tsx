import { Button, Select, Table } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { DetailPage } from '../../../components/DetailPage';
import { errorFor, type FormError } from '../../../lib/form-errors';
import { formatIsoDate } from '../../../lib/format';
import { useSignOffSummary, type SignOffSummary } from '../api/sign-off';
import { correctionPath, publishPath, REVISION_FIELDS } from '../utils/paths';

const TAG: Record<string, string> = { CONFIRMED: 'nhsuk-tag--green', QUERIED: 'nhsuk-tag--orange', NOT_ANSWERED: 'nhsuk-tag--grey' };

/**
 * A cycle's sign-off: who confirmed, queried (with the comment) or has not answered. The admin publishes from here and,
 * once published, records corrections; a coach sees their cohort's ICSs only (the API decides what each person sees).
 */
export function SignOffPage({ cycleId, isAdmin }: { cycleId: string; isAdmin: boolean }) {
  const summary = useSignOffSummary(cycleId);
  return (
    <DetailPage
      back={{ to: '/', label: 'Back to what to do next' }}
      query={summary}
      title={(data) => (data ? `Sign-off and publishing: ${data.cycle.name}` : 'Sign-off and publishing')}
      what="the sign-off"
    >
      {(data, { form }) => (
        <>
          <p className="nhsuk-lede-text" data-testid="sign-off-phase">
            {data.phase}.
          </p>
          {data.total === 0 ? (
            <p>{isAdmin ? 'No ICS has figures to check in this cycle: nothing was submitted before it closed.' : 'None of your ICSs has figures to check in this cycle.'}</p>
          ) : (
            <>
              <p data-testid="sign-off-counts">
                {data.confirmed} confirmed, {data.queried} queried, {data.notAnswered} not answered, of {data.total} {data.total === 1 ? 'ICS' : 'ICSs'} with figures
                to check.
              </p>
              <SignOffTable summary={data} />
            </>
          )}
          {isAdmin ? <AdminActions summary={data} errors={form.errors} onProblems={form.show} /> : null}
        </>
      )}
    </DetailPage>
  );
}

function SignOffTable({ summary }: { summary: SignOffSummary }) {
  return (
    <Table responsive caption="Answers from each ICS" captionProps={{ className: 'nhsuk-table__caption--m' }}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>ICS</Table.Cell>
          <Table.Cell>Answer</Table.Cell>
          <Table.Cell>Query</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {summary.rows.map((row) => (
          <Table.Row key={row.systemId} data-testid="sign-off-row">
            <Table.Cell>{row.name}</Table.Cell>
            <Table.Cell>
              <strong className={`nhsuk-tag ${TAG[row.state] ?? ''}`}>{row.label}</strong>
              {row.answeredOn ? <span className="nhsuk-body-s nhsuk-u-display-block">on {formatIsoDate(row.answeredOn)}</span> : null}
            </Table.Cell>
            <Table.Cell>{row.comment ?? 'None'}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function AdminActions({
  summary,
  errors,
  onProblems,
}: {
  summary: SignOffSummary;
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
}) {
  if (summary.cycle.publishedAt) {
    return <RevisionForm summary={summary} errors={errors} onProblems={onProblems} />;
  }
  return (
    <section aria-labelledby="publish-heading" className="nhsuk-u-margin-top-5">
      <h2 id="publish-heading">Publish the landscape</h2>
      <p>Publishing shows the landscape to every ICS and makes these figures final. You will see exactly what becomes visible to whom before you confirm.</p>
      <Link className="nhsuk-button" to={publishPath(summary.cycle.id)} draggable={false}>
        Publish<span className="nhsuk-u-visually-hidden"> {summary.cycle.name}</span>
      </Link>
    </section>
  );
}

function RevisionForm({
  summary,
  errors,
  onProblems,
}: {
  summary: SignOffSummary;
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
}) {
  const navigate = useNavigate();
  const [systemId, setSystemId] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (systemId === '') return onProblems([{ fieldId: REVISION_FIELDS.systemId, message: 'Choose the ICS whose figures need correcting' }]);
    void navigate(correctionPath(summary.cycle.id, systemId));
  };

  return (
    <section aria-labelledby="revision-heading" className="nhsuk-u-margin-top-5">
      <h2 id="revision-heading">Correct an ICS&rsquo;s figures</h2>
      <p>
        {summary.cycle.name} was published on {formatIsoDate(String(summary.cycle.publishedAt).slice(0, 10))}, which cannot be undone. If an ICS&rsquo;s
        figures were wrong, correct the levels that were wrong and give the reason: the landscape shows the corrected figures, with a note of what
        changed.
      </p>
      <form method="get" noValidate onSubmit={submit}>
        <Select
          id={REVISION_FIELDS.systemId}
          name="systemId"
          label="ICS"
          value={systemId}
          onChange={(event) => setSystemId(event.target.value)}
          error={errorFor(errors, REVISION_FIELDS.systemId)}
        >
          <Select.Option value="">Choose an ICS</Select.Option>
          {summary.rows.map((row) => (
            <Select.Option key={row.systemId} value={row.systemId}>
              {row.name}
            </Select.Option>
          ))}
        </Select>
        <Button type="submit" secondary>
          Correct its figures
        </Button>
      </form>
    </section>
  );
}
