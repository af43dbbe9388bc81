import type { Role } from '@idt/domain';
import { Button, SummaryList, Table } from 'nhsuk-react-components';
import { useRef, useState, type FormEvent } from 'react';
import { DetailPage } from '../../../components/DetailPage';
import { Loading } from '../../../components/Loading';
import { QueryError } from '../../../components/QueryError';
import { formErrorsFrom, type FormError } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { useGrantRoleChoices } from '../api/get-grant-role-choices';
import { useUser, type UserDetails } from '../api/get-user';
import { useGrantRole } from '../api/grant-role';
import { useRevokeRole } from '../api/revoke-role';
import { useSetDeactivated } from '../api/set-deactivated';
import { ResetSecondStep } from './ResetSecondStep';
import {
  describeGrant,
  GRANT_ROLE_FIELDS,
  grantRoleInput,
  grantRoleProblems,
  type GrantRoleValues,
} from '../utils/grant-role-form';
import { RoleFields } from './RoleFields';

/** Admins only: one account, its roles (each can be removed) and a form to give it another. */
export function UserPage({ userId, myUserId }: { userId: string; myUserId: string }) {
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
            <SummaryList.Row>
              <SummaryList.Key>Status</SummaryList.Key>
              <SummaryList.Value data-testid="account-status">
                {data.deactivatedAt ? `Deactivated on ${formatDate(data.deactivatedAt)}` : 'Active'}
              </SummaryList.Value>
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
          <LeaverSection user={data} isMe={data.id === myUserId} onProblems={form.show} onChanged={changed} />
        </>
      )}
    </DetailPage>
  );
}

/** A leaver: deactivating ends their sessions at once and stops every way of signing in, until reactivated. */
function LeaverSection({
  user,
  isMe,
  onProblems,
  onChanged,
}: {
  user: UserDetails;
  isMe: boolean;
  onProblems: (problems: readonly FormError[]) => void;
  onChanged: (message: string) => void;
}) {
  const setDeactivated = useSetDeactivated();
  const deactivated = user.deactivatedAt != null;
  const change = () => {
    if (setDeactivated.isPending) return;
    setDeactivated.mutate(
      { id: user.id, deactivate: !deactivated },
      {
        onSuccess: () =>
          onChanged(
            deactivated
              ? `Reactivated ${user.name}'s account. They can sign in again.`
              : `Deactivated ${user.name}'s account. They have been signed out everywhere and cannot sign in.`,
          ),
        onError: (error) => onProblems(formErrorsFrom(error, {})),
      },
    );
  };
  return (
    <section aria-labelledby="leaver-heading" className="nhsuk-u-margin-top-7">
      <h2 id="leaver-heading">{deactivated ? 'Reactivate account' : 'Deactivate account'}</h2>
      {deactivated ? (
        <>
          <p>{user.name} cannot sign in. Reactivate their account if they should have access again.</p>
          <Button type="button" onClick={change}>
            Reactivate account
          </Button>
        </>
      ) : isMe ? (
        <p>You cannot deactivate your own account. Ask another admin if you are leaving.</p>
      ) : (
        <>
          <p>
            When someone leaves, deactivate their account. They are signed out everywhere at once and cannot sign in
            again, by password or NHS single sign-on. Their work and roles are kept.
          </p>
          <Button type="button" warning onClick={change}>
            Deactivate account
          </Button>
        </>
      )}
    </section>
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
          <RoleFields
            values={values}
            onChange={setValues}
            choices={choices.data}
            errors={errors}
            hint="Someone can hold more than one role."
          />
          <Button type="submit">Give role</Button>
        </form>
      )}
    </section>
  );
}
