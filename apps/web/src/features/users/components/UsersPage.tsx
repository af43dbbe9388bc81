import { Button, Table, TextInput } from 'nhsuk-react-components';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { errorFor, formErrorsFrom, type FormError } from '../../../lib/form-errors';
import type { NoticeState } from '../../../lib/notice';
import { useCreateUser } from '../api/create-user';
import { useUsers } from '../api/get-users';
import { NEW_ACCOUNT_FIELDS, newAccountInput, newAccountProblems } from '../utils/account-form';
import { describeGrant } from '../utils/grant-role-form';

/** Admins only: every account with its roles, and a form to create one. */
export function UsersPage() {
  const form = useFormErrors();
  const navigate = useNavigate();
  return (
    <>
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <PageHeading hasErrors={form.errors.length > 0}>Users</PageHeading>
      <p className="nhsuk-lede-text">
        Everyone who can sign in to IDT Canvas. Their roles decide what they can see and do.
      </p>
      <UsersTable />
      <CreateAccountForm
        errors={form.errors}
        onProblems={form.show}
        onCreated={(user) => {
          form.clear();
          const state: NoticeState = { notice: `Account created for ${user.name}. Now give them a role.` };
          navigate(`/admin/users/${user.id}`, { state });
        }}
      />
    </>
  );
}

function UsersTable() {
  const users = useUsers();
  if (users.isPending) return <Loading what="the accounts" />;
  if (users.isError) return <QueryError error={users.error} what="the accounts" onRetry={() => void users.refetch()} />;
  return (
    <Table responsive caption={`Accounts (${users.data.length})`} data-testid="users-table">
      <Table.Head>
        <Table.Row>
          <Table.Cell>Name</Table.Cell>
          <Table.Cell>Email address</Table.Cell>
          <Table.Cell>Roles</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {users.data.map((user) => (
          <Table.Row key={user.id} data-testid="user-row">
            <Table.Cell>
              <Link to={`/admin/users/${user.id}`}>{user.name}</Link>
            </Table.Cell>
            <Table.Cell>{user.email}</Table.Cell>
            <Table.Cell>
              {user.roleGrants.length === 0 ? (
                'No roles yet'
              ) : (
                <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                  {user.roleGrants.map((grant) => (
                    <li key={grant.id}>{describeGrant(grant)}</li>
                  ))}
                </ul>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function CreateAccountForm({
  errors,
  onProblems,
  onCreated,
}: {
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
  onCreated: (user: { id: string; name: string }) => void;
}) {
  const createUser = useCreateUser();
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const set = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (createUser.isPending) return;
    const problems = newAccountProblems(values);
    if (problems.length > 0) return onProblems(problems);
    createUser.mutate(newAccountInput(values), {
      onSuccess: (user) => {
        setValues({ name: '', email: '', password: '' });
        onCreated(user);
      },
      onError: (error) => onProblems(formErrorsFrom(error, NEW_ACCOUNT_FIELDS)),
    });
  };

  return (
    <section aria-labelledby="create-account-heading" className="nhsuk-u-margin-top-7">
      <h2 id="create-account-heading">Create an account</h2>
      <p>The new account has no roles: give it one on the next page.</p>
      <form method="post" noValidate onSubmit={submit}>
        <TextInput
          id={NEW_ACCOUNT_FIELDS.name}
          name="name"
          label="Full name"
          autoComplete="off"
          spellCheck={false}
          className="nhsuk-u-width-two-thirds"
          value={values.name}
          onChange={set('name')}
          error={errorFor(errors, NEW_ACCOUNT_FIELDS.name)}
        />
        <TextInput
          id={NEW_ACCOUNT_FIELDS.email}
          name="email"
          type="email"
          label="Email address"
          hint="Their work email address, which they will sign in with."
          autoComplete="off"
          spellCheck={false}
          className="nhsuk-u-width-two-thirds"
          value={values.email}
          onChange={set('email')}
          error={errorFor(errors, NEW_ACCOUNT_FIELDS.email)}
        />
        <TextInput
          id={NEW_ACCOUNT_FIELDS.password}
          name="password"
          type="password"
          label="Password (optional)"
          hint="At least 12 characters. Leave it empty for someone who will sign in only with NHS single sign-on."
          autoComplete="new-password"
          className="nhsuk-u-width-two-thirds"
          value={values.password}
          onChange={set('password')}
          error={errorFor(errors, NEW_ACCOUNT_FIELDS.password)}
        />
        <Button type="submit">Create account</Button>
      </form>
    </section>
  );
}
