import { Button, Select, Table } from 'nhsuk-react-components';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { DetailPage } from '../../../components/DetailPage';
import { Loading } from '../../../components/Loading';
import { QueryError } from '../../../components/QueryError';
import { errorFor, formErrorsFrom, type FormError } from '../../../lib/form-errors';
import { useAddSystemToCohort, useRemoveSystemFromCohort } from '../api/change-cohort-systems';
import { useCohort, type CohortDetails } from '../api/get-cohort';
import { useCohortSystemChoices } from '../api/get-cohort-system-choices';
import { ADD_SYSTEM_FIELDS, addSystemProblems, systemsToAdd } from '../utils/cohort-form';

/**
 * One cohort: its ICSs, their projects and its coaches. Admins also add and remove its ICSs here. Coaches, admins and national
 * viewers (`canSeeOverview`) get links to the cohort view and the learning programme; everyone to the paper canvas.
 */
export function CohortPage({ cohortId, canManage, canSeeOverview = false }: { cohortId: string; canManage: boolean; canSeeOverview?: boolean }) {
  const cohort = useCohort(cohortId);
  const systemsHeading = useRef<HTMLHeadingElement>(null);

  return (
    <DetailPage
      back={{ to: '/cohorts', label: 'Back to cohorts' }}
      query={cohort}
      title={(data) => data?.name ?? 'Cohort'}
      what="the cohort"
    >
      {(data, { form, changed }) => (
        <>
          {data.description ? <p className="nhsuk-lede-text">{data.description}</p> : null}
          <ul className="nhsuk-list" data-testid="cohort-links">
            {canSeeOverview ? (
              <>
                <li>
                  <Link to={`/cohorts/${encodeURIComponent(data.id)}/overview`}>Cohort view: assessments, scores and calibration</Link>
                </li>
                <li>
                  <Link to={`/cohorts/${encodeURIComponent(data.id)}/learning-programme`}>Learning programme</Link>
                </li>
              </>
            ) : null}
            <li>
              <Link to="/canvas/print">The canvas as a paper form</Link>
            </li>
          </ul>
          <h2 ref={systemsHeading} tabIndex={-1}>
            Integrated Care Systems
          </h2>
          <SystemsTable
            cohort={data}
            canManage={canManage}
            onProblems={form.show}
            onRemoved={(message) => {
              changed(message);
              // The button that was pressed has gone: keep the keyboard user in the same part of the page.
              systemsHeading.current?.focus();
            }}
          />
          <ProjectsSection projects={data.projects} />
          <h2>Coaches</h2>
          {data.coaches.length === 0 ? (
            <p>This cohort has no coaches yet.</p>
          ) : (
            <ul data-testid="coaches">
              {data.coaches.map((coach) => (
                <li key={coach.id}>{coach.name}</li>
              ))}
            </ul>
          )}
          {canManage ? (
            <p>
              To make someone a coach of this cohort, <Link to="/admin/users">find their account in Users</Link> and give
              them the programme coach role for it.
            </p>
          ) : null}
          {canManage ? (
            <AddSystemForm cohort={data} errors={form.errors} onProblems={form.show} onAdded={changed} />
          ) : null}
        </>
      )}
    </DetailPage>
  );
}

function SystemsTable({
  cohort,
  canManage,
  onProblems,
  onRemoved,
}: {
  cohort: CohortDetails;
  canManage: boolean;
  onProblems: (problems: readonly FormError[]) => void;
  onRemoved: (message: string) => void;
}) {
  const removeSystem = useRemoveSystemFromCohort();
  if (cohort.systems.length === 0) return <p>This cohort has no ICSs yet.</p>;
  const remove = (system: CohortDetails['systems'][number]) => {
    if (removeSystem.isPending) return;
    removeSystem.mutate(
      { cohortId: cohort.id, systemId: system.id },
      {
        onSuccess: () => onRemoved(`Removed ${system.name} from ${cohort.name}.`),
        onError: (error) => onProblems(formErrorsFrom(error, {})),
      },
    );
  };
  return (
    <Table responsive caption={`ICSs in ${cohort.name} (${cohort.systems.length})`} captionProps={{ className: 'nhsuk-u-visually-hidden' }}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Name</Table.Cell>
          <Table.Cell>NHS England region</Table.Cell>
          {canManage ? (
            <Table.Cell>
              <span className="nhsuk-u-visually-hidden">Action</span>
            </Table.Cell>
          ) : null}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {cohort.systems.map((system) => (
          <Table.Row key={system.id} data-testid="cohort-system-row">
            <Table.Cell>{system.name}</Table.Cell>
            <Table.Cell>{system.region.name}</Table.Cell>
            {canManage ? (
              <Table.Cell>
                <Button type="button" secondary small className="nhsuk-u-margin-bottom-0" onClick={() => remove(system)}>
                  Remove<span className="nhsuk-u-visually-hidden"> {system.name} from this cohort</span>
                </Button>
              </Table.Cell>
            ) : null}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function AddSystemForm({
  cohort,
  errors,
  onProblems,
  onAdded,
}: {
  cohort: CohortDetails;
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
  onAdded: (message: string) => void;
}) {
  const choices = useCohortSystemChoices();
  const addSystem = useAddSystemToCohort();
  const [systemId, setSystemId] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (addSystem.isPending) return;
    const problems = addSystemProblems(systemId);
    if (problems.length > 0) return onProblems(problems);
    const name = choices.data?.find((s) => s.id === systemId)?.name ?? 'The ICS';
    addSystem.mutate(
      { cohortId: cohort.id, systemId },
      {
        onSuccess: () => {
          setSystemId('');
          onAdded(`Added ${name} to ${cohort.name}.`);
        },
        onError: (error) => onProblems(formErrorsFrom(error, ADD_SYSTEM_FIELDS)),
      },
    );
  };

  if (choices.isPending) return <Loading what="the ICSs" />;
  if (choices.isError) return <QueryError error={choices.error} what="the ICSs" onRetry={() => void choices.refetch()} />;
  const regions = systemsToAdd(choices.data, cohort.systems);
  return (
    <section aria-labelledby="add-system-heading" className="nhsuk-u-margin-top-7">
      <h2 id="add-system-heading">Add an ICS</h2>
      {regions.length === 0 ? (
        <p>Every ICS is already in this cohort.</p>
      ) : (
        <form method="post" noValidate onSubmit={submit}>
          <Select
            id={ADD_SYSTEM_FIELDS.systemId}
            name="systemId"
            label="ICS to add"
            value={systemId}
            onChange={(event) => setSystemId(event.target.value)}
            error={errorFor(errors, ADD_SYSTEM_FIELDS.systemId)}
          >
            <Select.Option value="">Select an ICS</Select.Option>
            {regions.map((region) => (
              <optgroup key={region.regionName} label={region.regionName}>
                {region.members.map((system) => (
                  <Select.Option key={system.id} value={system.id}>
                    {system.name}
                  </Select.Option>
                ))}
              </optgroup>
            ))}
          </Select>
          <Button type="submit">Add ICS</Button>
        </form>
      )}
    </section>
  );
}

/** What the cohort's ICSs work on in the programme: every project, by ICS (an ICS may run more than one). */
function ProjectsSection({ projects }: { projects: CohortDetails['projects'] }) {
  const systems = new Set(projects.map((p) => p.systemId)).size;
  return (
    <section aria-labelledby="projects-heading">
      <h2 id="projects-heading">Projects</h2>
      {projects.length === 0 ? (
        <p>No projects are recorded for this cohort yet.</p>
      ) : (
        <>
          <p data-testid="projects-summary">{`${projects.length} ${projects.length === 1 ? 'project' : 'projects'} in ${systems} ${
            systems === 1 ? 'integrated care system' : 'integrated care systems'
          }.`}</p>
          <Table responsive caption="Projects, by integrated care system" data-testid="projects">
            <Table.Head>
              <Table.Row>
                <Table.Cell>Integrated care system</Table.Cell>
                <Table.Cell>Project</Table.Cell>
                <Table.Cell>Care pathway</Table.Cell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {projects.map((project) => (
                <Table.Row key={project.id} data-testid="project-row" data-system={project.systemName}>
                  <Table.Cell>{project.systemName}</Table.Cell>
                  <Table.Cell>
                    <strong>{project.name}</strong>
                    {project.description ? <p className="nhsuk-body-s nhsuk-u-margin-top-1 nhsuk-u-margin-bottom-0">{project.description}</p> : null}
                  </Table.Cell>
                  <Table.Cell>{project.pathway}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </>
      )}
    </section>
  );
}
