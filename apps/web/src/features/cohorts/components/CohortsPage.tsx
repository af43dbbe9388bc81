import { Button, Table, Textarea, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { errorFor, formErrorsFrom, type FormError } from '../../../lib/form-errors';
import type { NoticeState } from '../../../lib/notice';
import { useCreateCohort } from '../api/create-cohort';
import { useCohorts } from '../api/get-cohorts';
import { NEW_COHORT_FIELDS, newCohortInput, newCohortProblems } from '../utils/cohort-form';

/** The cohorts this person may see; admins also create them here. */
export function CohortsPage({ canManage }: { canManage: boolean }) {
  const form = useFormErrors();
  const navigate = useNavigate();
  return (
    <>
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <PageHeading hasErrors={form.errors.length > 0}>Cohorts</PageHeading>
      <p className="nhsuk-lede-text">
        A cohort is a group of Integrated Care Systems that go through a programme together, with their coaches.
      </p>
      <CohortsTable canManage={canManage} />
      {canManage ? (
        <CreateCohortForm
          errors={form.errors}
          onProblems={form.show}
          onCreated={(cohort) => {
            form.clear();
            const state: NoticeState = { notice: `Cohort ${cohort.name} created. Now add its ICSs.` };
            navigate(`/cohorts/${cohort.id}`, { state });
          }}
        />
      ) : null}
    </>
  );
}

function CohortsTable({ canManage }: { canManage: boolean }) {
  const cohorts = useCohorts();
  if (cohorts.isPending) return <Loading what="the cohorts" />;
  if (cohorts.isError) return <QueryError error={cohorts.error} what="the cohorts" onRetry={() => void cohorts.refetch()} />;
  if (cohorts.data.length === 0) {
    return <p>{canManage ? 'There are no cohorts yet.' : 'None of the cohorts you can see have been set up yet.'}</p>;
  }
  return (
    <Table responsive caption={`${canManage ? 'All cohorts' : 'Cohorts you can see'} (${cohorts.data.length})`}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Name</Table.Cell>
          <Table.Cell format="numeric">ICSs</Table.Cell>
          <Table.Cell>Coaches</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {cohorts.data.map((cohort) => (
          <Table.Row key={cohort.id} data-testid="cohort-row">
            <Table.Cell>
              <Link to={`/cohorts/${cohort.id}`}>{cohort.name}</Link>
            </Table.Cell>
            <Table.Cell format="numeric">{cohort.systems.length}</Table.Cell>
            <Table.Cell>{cohort.coaches.length === 0 ? 'None yet' : cohort.coaches.map((c) => c.name).join(', ')}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function CreateCohortForm({
  errors,
  onProblems,
  onCreated,
}: {
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
  onCreated: (cohort: { id: string; name: string }) => void;
}) {
  const createCohort = useCreateCohort();
  const [values, setValues] = useState({ name: '', description: '' });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (createCohort.isPending) return;
    const problems = newCohortProblems(values);
    if (problems.length > 0) return onProblems(problems);
    createCohort.mutate(newCohortInput(values), {
      onSuccess: (cohort) => {
        setValues({ name: '', description: '' });
        onCreated(cohort);
      },
      onError: (error) => onProblems(formErrorsFrom(error, NEW_COHORT_FIELDS)),
    });
  };

  return (
    <section aria-labelledby="create-cohort-heading" className="nhsuk-u-margin-top-7">
      <h2 id="create-cohort-heading">Create a cohort</h2>
      <form method="post" noValidate onSubmit={submit}>
        <TextInput
          id={NEW_COHORT_FIELDS.name}
          name="name"
          label="Cohort name"
          autoComplete="off"
          className="nhsuk-u-width-two-thirds"
          value={values.name}
          onChange={(event) => setValues((v) => ({ ...v, name: event.target.value }))}
          error={errorFor(errors, NEW_COHORT_FIELDS.name)}
        />
        <Textarea
          id={NEW_COHORT_FIELDS.description}
          name="description"
          label="Description (optional)"
          hint="What the programme is and who runs it."
          rows={4}
          value={values.description}
          onChange={(event) => setValues((v) => ({ ...v, description: event.target.value }))}
          error={errorFor(errors, NEW_COHORT_FIELDS.description)}
        />
        <Button type="submit">Create cohort</Button>
      </form>
    </section>
  );
}
