import type { Role } from '@idt/domain';
import { Button, Checkboxes, Table, Tag, TextInput } from 'nhsuk-react-components';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { errorFor, formErrorsFrom, type FormError } from '../../../lib/form-errors';
import {
  usePendingInvitations,
  useInviteUser,
  useResendInvitation,
  useRevokeInvitation,
  type PendingInvitation,
} from '../api/pending-invitations';
import { expiryInWords, INVITE_FIELDS, inviteInput, inviteProblems, type InviteValues } from '../utils/invite-form';
import { useGrantRoleChoices } from '../api/get-grant-role-choices';
import { useUsers } from '../api/get-users';
import { useSetDeactivated } from '../api/set-deactivated';
import { describeGrant } from '../utils/grant-role-form';
import { RoleFields } from './RoleFields';

/**
 * Admins only: every account with its roles, the invitations waiting, and a form to invite someone. `singleSignOn`:
 * the deployment's single sign-on, when it has one (an invitation can then say the person signs in with it).
 */
export function UsersPage({ singleSignOn }: { singleSignOn: { name: string } | null }) {
  const form = useFormErrors();
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const done = (message: string) => {
    form.clear();
    setNotice(message);
    // Tell keyboard and screen reader users what happened, where they are.
    requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const problems = (found: readonly FormError[]) => {
    setNotice(null);
    form.show(found);
  };
  return (
    <>
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <PageHeading hasErrors={form.errors.length > 0}>Users</PageHeading>
      {notice ? (
        <div className="nhsuk-inset-text" role="status" tabIndex={-1} ref={noticeRef} data-testid="users-notice">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{notice}</p>
        </div>
      ) : null}
      <p className="nhsuk-lede-text">
        Everyone who can sign in to IDT Canvas. Their roles decide what they can see and do.
      </p>
      <UsersTable onProblems={problems} onChanged={done} />
      <PendingInvitations onProblems={problems} onChanged={done} />
      <InviteForm singleSignOn={singleSignOn} errors={form.errors} onProblems={problems} onInvited={done} />
    </>
  );
}

function UsersTable({ onProblems, onChanged }: { onProblems: (p: readonly FormError[]) => void; onChanged: (m: string) => void }) {
  const users = useUsers();
  const setDeactivated = useSetDeactivated();
  if (users.isPending) return <Loading what="the accounts" />;
  if (users.isError) return <QueryError error={users.error} what="the accounts" onRetry={() => void users.refetch()} />;
  const reactivate = (user: { id: string; name: string }) => {
    if (setDeactivated.isPending) return;
    setDeactivated.mutate(
      { id: user.id, deactivate: false },
      {
        onSuccess: () => onChanged(`Reactivated ${user.name}'s account. They can sign in again.`),
        onError: (error) => onProblems(formErrorsFrom(error, {})),
      },
    );
  };
  return (
    <Table responsive caption={`Accounts (${users.data.length})`} data-testid="users-table">
      <Table.Head>
        <Table.Row>
          <Table.Cell>Name</Table.Cell>
          <Table.Cell>Email address</Table.Cell>
          <Table.Cell>Roles</Table.Cell>
          <Table.Cell>Status</Table.Cell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {users.data.map((user) => (
          <Table.Row key={user.id} data-testid="user-row">
            <Table.Cell>
              <Link to={`/admin/users/${user.id}`}>{user.name}</Link>
            </Table.Cell>
            <Table.Cell className="idt-break-anywhere">{user.email}</Table.Cell>
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
            <Table.Cell>
              {user.deactivatedAt ? (
                <>
                  <Tag color="grey">Deactivated</Tag>{' '}
                  <Button type="button" secondary small className="nhsuk-u-margin-bottom-0 nhsuk-u-margin-top-2" onClick={() => reactivate(user)}>
                    Reactivate<span className="nhsuk-u-visually-hidden"> {user.name}</span>
                  </Button>
                </>
              ) : (
                'Active'
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function PendingInvitations({ onProblems, onChanged }: { onProblems: (p: readonly FormError[]) => void; onChanged: (m: string) => void }) {
  const invitations = usePendingInvitations();
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();
  if (invitations.isPending) return <Loading what="the invitations" />;
  if (invitations.isError) return <QueryError error={invitations.error} what="the invitations" onRetry={() => void invitations.refetch()} />;
  const act = (invitation: PendingInvitation, what: 'resend' | 'revoke') => {
    if (resend.isPending || revoke.isPending) return;
    const options = { onError: (error: unknown) => onProblems(formErrorsFrom(error, {})) };
    if (what === 'resend') {
      resend.mutate(invitation.id, {
        ...options,
        onSuccess: () => onChanged(`Sent ${invitation.name} a new invitation link. The old link no longer works.`),
      });
    } else {
      revoke.mutate(invitation.id, { ...options, onSuccess: () => onChanged(`Withdrew the invitation to ${invitation.name}. Its link no longer works.`) });
    }
  };
  return (
    <section aria-labelledby="invitations-heading" className="nhsuk-u-margin-top-7">
      <h2 id="invitations-heading">Invitations waiting</h2>
      {invitations.data.length === 0 ? (
        <p>There are no invitations waiting to be accepted.</p>
      ) : (
        <Table responsive caption={`Invitations waiting (${invitations.data.length})`} captionProps={{ className: 'nhsuk-u-visually-hidden' }}>
          <Table.Head>
            <Table.Row>
              <Table.Cell>Name</Table.Cell>
              <Table.Cell>Email address</Table.Cell>
              <Table.Cell>Role</Table.Cell>
              <Table.Cell>Link</Table.Cell>
              <Table.Cell>
                <span className="nhsuk-u-visually-hidden">Actions</span>
              </Table.Cell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {invitations.data.map((invitation) => (
              <Table.Row key={invitation.id} data-testid="invitation-row">
                <Table.Cell>{invitation.name}</Table.Cell>
                <Table.Cell className="idt-break-anywhere">{invitation.email}</Table.Cell>
                <Table.Cell>
                  {invitation.roles.map((role) => describeGrant(role)).join(', ') || 'No roles'}
                  {invitation.singleSignOn ? ' (signs in with NHS single sign-on)' : ''}
                </Table.Cell>
                <Table.Cell>{invitation.sentAt ? expiryInWords(invitation.expiresAt, invitation.expired) : 'Being sent'}</Table.Cell>
                <Table.Cell>
                  <Button type="button" secondary small className="nhsuk-u-margin-bottom-2" onClick={() => act(invitation, 'resend')}>
                    Resend<span className="nhsuk-u-visually-hidden"> the invitation to {invitation.name}</span>
                  </Button>{' '}
                  <Button type="button" secondary small className="nhsuk-u-margin-bottom-0" onClick={() => act(invitation, 'revoke')}>
                    Withdraw<span className="nhsuk-u-visually-hidden"> the invitation to {invitation.name}</span>
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}

const NO_INVITE: InviteValues = { name: '', email: '', role: '', systemId: '', cohortId: '', singleSignOn: false };

function InviteForm({
  singleSignOn,
  errors,
  onProblems,
  onInvited,
}: {
  singleSignOn: { name: string } | null;
  errors: readonly FormError[];
  onProblems: (problems: readonly FormError[]) => void;
  onInvited: (message: string) => void;
}) {
  const inviteUser = useInviteUser();
  const choices = useGrantRoleChoices();
  const [values, setValues] = useState<InviteValues>(NO_INVITE);
  const set = (field: 'name' | 'email') => (event: { target: { value: string } }) => {
    const value = event.target.value;
    setValues((v) => ({ ...v, [field]: value }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inviteUser.isPending) return;
    const problems = inviteProblems(values);
    if (problems.length > 0 || values.role === '') return onProblems(problems);
    const role: Role = values.role;
    inviteUser.mutate(inviteInput({ ...values, role, singleSignOn: singleSignOn !== null && values.singleSignOn }), {
      onSuccess: (invitation) => {
        setValues(NO_INVITE);
        onInvited(`Invited ${invitation.name}. We have emailed ${invitation.email} a link to join, which works for 7 days.`);
      },
      onError: (error) => onProblems(formErrorsFrom(error, { name: INVITE_FIELDS.name, email: INVITE_FIELDS.email, ...roleFieldIds })),
    });
  };

  return (
    <section aria-labelledby="invite-heading" className="nhsuk-u-margin-top-7">
      <h2 id="invite-heading">Invite someone</h2>
      <p>
        We email them a link to join, which works once and for 7 days. They choose their own password: you never see it.
      </p>
      {choices.isPending ? (
        <Loading what="the ICSs and cohorts" />
      ) : choices.isError ? (
        <QueryError error={choices.error} what="the ICSs and cohorts" onRetry={() => void choices.refetch()} />
      ) : (
        <form method="post" noValidate onSubmit={submit}>
          <TextInput
            id={INVITE_FIELDS.name}
            name="name"
            label="Full name"
            autoComplete="off"
            spellCheck={false}
            className="nhsuk-u-width-two-thirds"
            value={values.name}
            onChange={set('name')}
            error={errorFor(errors, INVITE_FIELDS.name)}
          />
          <TextInput
            id={INVITE_FIELDS.email}
            name="email"
            type="email"
            label="Email address"
            hint="Their work email address. We send the invitation there, and they sign in with it."
            autoComplete="off"
            spellCheck={false}
            className="nhsuk-u-width-two-thirds"
            value={values.email}
            onChange={set('email')}
            error={errorFor(errors, INVITE_FIELDS.email)}
          />
          <RoleFields
            values={values}
            onChange={(change) => setValues((v) => ({ ...v, ...change(v) }))}
            choices={choices.data}
            errors={errors}
            hint="You can give them more roles from their account once they have joined."
          />
          {singleSignOn ? (
            <Checkboxes name="singleSignOn">
              <Checkboxes.Item
                id={INVITE_FIELDS.singleSignOn}
                value="yes"
                checked={values.singleSignOn}
                onChange={(event) => {
                  const checked = event.target.checked;
                  setValues((v) => ({ ...v, singleSignOn: checked }));
                }}
                hint="They will not choose a password for IDT Canvas."
              >
                Signs in with {singleSignOn.name}
              </Checkboxes.Item>
            </Checkboxes>
          ) : null}
          <Button type="submit">Send invitation</Button>
        </form>
      )}
    </section>
  );
}

const roleFieldIds = { role: INVITE_FIELDS.role, systemId: INVITE_FIELDS.systemId, cohortId: INVITE_FIELDS.cohortId };
