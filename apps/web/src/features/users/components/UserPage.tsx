import { groupByRegion, type Role } from '@idt/domain';
import { Button, Radios, Select, SummaryList, Table } from 'nhsuk-react-components';
import { Fragment, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { DetailPage } from '../../../components/DetailPage';
import { Loading } from '../../../components/Loading';
import { QueryError } from '../../../components/QueryError';
import { errorFor, formErrorsFrom, type FormError } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useGrantRoleChoices } from '../api/get-grant-role-choices';
import { useUser, type UserDetails } from '../api/get-user';
import { useGrantRole } from '../api/grant-role';
import { useRevokeRole } from '../api/revoke-role';
import { ResetSecondStep } from './ResetSecondStep';
import {
  describeGrant,
  GRANT_ROLE_FIELDS,
  grantRoleInput,
  grantRoleProblems,
  ROLE_CHOICES,
  type GrantRoleValues,
} from '../utils/grant-role-form';

/** Admins only: one account, its roles (each can be removed) and a form to give it another. */
export function UserPage({ userId }: { userId: string }) {
  const user = useUser(userId);
  const rolesHeading = useRef<HTMLHeadingElement>(null);

  return (
    <DetailPage
      back={{ to: '/admin/users', label: 'Back to users' }}
      query={user}
      title={(data) => data?.name ?? 'User'}
      what="the account"
    >
      {(data, { form, changed }) => (
        <>
          <SummaryList>
            <SummaryList.Row>
              <SummaryList.Key>Email address</SummaryList.Key>
              <SummaryList.Value>{data.email}</SummaryList.Value>
            </SummaryList.Row>
            <SummaryList.Row>
              <SummaryList.Key>Account created</SummaryList.Key>
              <SummaryList.Value>{formatDate(data.createdAt)}</SummaryList.Value>
            </SummaryList.Row>
          </SummaryList>
          <ResetSecondStep user={data} onProblems={form.show} onReset={changed} />
          <h2 ref={rolesHeading} tabIndex={-1} id="roles-heading">
            Roles
          </h2>
          <RolesTable
            user={data}
            onProblems={form.show}
            onRevoked={(message) => {
              changed(message);
              // The button that was pressed has gone: keep the keyboard user in the same part of the page.
              rolesHeading.current?.focus();
            }}
          />
          <GrantRoleForm user={data} errors={form.errors} onProblems={form.show} onGranted={changed} />
        </>
      )}
    </DetailPage>
  );
}

function RolesTable({
  user,
  onProblems,
  onRevoked,
}: {
  user: UserDetails;
  onProblems: (problems: readonly FormError[]) => void;
  onRevoked: (message: string) => void;
}) {
  const revokeRole = useRevokeRole();
  if (user.roleGrants.length === 0) {
    return <p>{user.name} has no roles yet, so they can only see what everyone can.</p>;
  }
  const revoke = (grant: UserDetails['roleGrants'][number]) => {
    if (revokeRole.isPending) return;
    revokeRole.mutate(grant.id, {
      onSuccess: () => onRevoked(`Removed the role ${describeGrant(grant)} from ${user.name}.`),
      onError: (error) => onProblems(formErrorsFrom(error, {})),
    });
  };
  return (
    <Table responsive caption={`Roles of ${user.name}`} captionProps={{ className: 'nhsuk-u-visually-hidden' }}>
      <Table.Head>
        <Table.Row>
          <Table.Cell>Role</Table.Cell>
          <Table.Cell>Given on</Table.Cell>
          <Table.Cell>
            <span className="nhsuk-u-visually-hidden">Action</span>
          </Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {user.roleGrants.map((grant) => (
          <Table.Row key={grant.id} data-testid="role-row">
            <Table.Cell>{describeGrant(grant)}</Table.Cell>
            <Table.Cell>{formatDate(grant.grantedAt)}</Table.Cell>
            <Table.Cell>
              <Button type="button" secondary small className="nhsuk-u-margin-bottom-0" onClick={() => revoke(grant)}>
                Remove<span className="nhsuk-u-visually-hidden"> the role {describeGrant(grant)}</span>
              </Button>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

const NO_CHOICE: GrantRoleValues = { role: '', systemId: '', cohortId: '' };

function GrantRoleForm({
  user,
  errors,
  onProblems,
  onGranted,
}: {
  user: UserDetails;
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
  onGranted: (message: string) => void;
}) {
  const choices = useGrantRoleChoices();
  const grantRole = useGrantRole();
  const [values, setValues] = useState<GrantRoleValues>(NO_CHOICE);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (grantRole.isPending) return;
    const problems = grantRoleProblems(values);
    if (problems.length > 0 || values.role === '') return onProblems(problems);
    const role: Role = values.role;
    grantRole.mutate(grantRoleInput(user.id, { ...values, role }), {
      onSuccess: () => {
        const system = choices.data?.systems.find((s) => s.id === values.systemId);
        const cohort = choices.data?.cohorts.find((c) => c.id === values.cohortId);
        setValues(NO_CHOICE);
        onGranted(`Gave ${user.name} the role ${describeGrant({ role, system, cohort })}.`);
      },
      onError: (error) => onProblems(formErrorsFrom(error, GRANT_ROLE_FIELDS)),
    });
  };

  return (
    <section aria-labelledby="grant-role-heading" className="nhsuk-u-margin-top-7">
      <h2 id="grant-role-heading">Give {user.name} a role</h2>
      {choices.isPending ? (
        <Loading what="the ICSs and cohorts" />
      ) : choices.isError ? (
        <QueryError error={choices.error} what="the ICSs and cohorts" onRetry={() => void choices.refetch()} />
      ) : (
        <form method="post" noValidate onSubmit={submit}>
          <Radios
            name="role"
            legend="Role"
            legendProps={{ size: 's' }}
            hint="Someone can hold more than one role."
            error={errorFor(errors, GRANT_ROLE_FIELDS.role)}
          >
            {ROLE_CHOICES.map((choice, index) => (
              <Fragment key={choice.role}>
                <Radios.Item
                  id={index === 0 ? GRANT_ROLE_FIELDS.role : `role-${choice.role.toLowerCase()}`}
                  value={choice.role}
                  checked={values.role === choice.role}
                  onChange={() => setValues((v) => ({ ...v, role: choice.role }))}
                  hint={choice.hint}
                >
                  {choice.label}
                </Radios.Item>
                {/*
                  The ICS or cohort, shown under its role once that role is chosen. React shows and hides it rather
                  than nhsuk-frontend's conditional reveal, which puts aria-expanded on radios (not allowed there).
                */}
                {values.role === choice.role && choice.role === 'ICS_LEAD' ? (
                  <div className="nhsuk-radios__conditional">
                    <Select
                      id={GRANT_ROLE_FIELDS.systemId}
                      name="systemId"
                      label="ICS they lead"
                      value={values.systemId}
                      onChange={(event) => setValues((v) => ({ ...v, systemId: event.target.value }))}
                      error={errorFor(errors, GRANT_ROLE_FIELDS.systemId)}
                    >
                      <Select.Option value="">Select an ICS</Select.Option>
                      {groupByRegion(choices.data.systems, (s) => s.region.name).map((region) => (
                        <optgroup key={region.regionName} label={region.regionName}>
                          {region.members.map((system) => (
                            <Select.Option key={system.id} value={system.id}>
                              {system.name}
                            </Select.Option>
                          ))}
                        </optgroup>
                      ))}
                    </Select>
                  </div>
                ) : null}
                {values.role === choice.role && choice.role === 'COACH' ? (
                  <div className="nhsuk-radios__conditional">
                    {choices.data.cohorts.length === 0 ? (
                      <p id={GRANT_ROLE_FIELDS.cohortId} tabIndex={-1}>
                        There are no cohorts yet. <Link to="/cohorts">Create a cohort</Link> first.
                      </p>
                    ) : (
                      <Select
                        id={GRANT_ROLE_FIELDS.cohortId}
                        name="cohortId"
                        label="Cohort they coach"
                        value={values.cohortId}
                        onChange={(event) => setValues((v) => ({ ...v, cohortId: event.target.value }))}
                        error={errorFor(errors, GRANT_ROLE_FIELDS.cohortId)}
                      >
                        <Select.Option value="">Select a cohort</Select.Option>
                        {choices.data.cohorts.map((cohort) => (
                          <Select.Option key={cohort.id} value={cohort.id}>
                            {cohort.name}
                          </Select.Option>
                        ))}
                      </Select>
                    )}
                  </div>
                ) : null}
              </Fragment>
            ))}
          </Radios>
          <Button type="submit">Give role</Button>
        </form>
      )}
    </section>
  );
}
