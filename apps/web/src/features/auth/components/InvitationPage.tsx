import { Button, SummaryList } from 'nhsuk-react-components';
import { NewPasswordField } from '../../../components/NewPasswordField';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { errorFor, formErrorsFrom } from '../../../lib/form-errors';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { useSignInMethods } from '../api/get-sign-in-methods';
import { useAcceptInvitation, useInvitation } from '../api/invitation';
import { singleSignOnHref } from '../utils/single-sign-on';

const PASSWORD_FIELD = 'password';

/** A link that is used, expired, withdrawn or unknown: the API says NOT_FOUND, and never which. */
const isDeadLink = (error: unknown) => error instanceof GraphQLRequestError && error.code === 'NOT_FOUND';

/**
 * Where an invitation link leads (public): the person sees their own name and email, and chooses their password
 * (NHS.UK question page and error summary patterns), or is sent to NHS single sign-on. Accepting signs them in.
 */
export function InvitationPage({ token }: { token: string }) {
  const invitation = useInvitation(token);
  if (invitation.isPending) return <Loading what="your invitation" />;
  if (invitation.isError) {
    if (isDeadLink(invitation.error)) return <DeadLink />;
    return <QueryError error={invitation.error} what="your invitation" onRetry={() => void invitation.refetch()} />;
  }
  return invitation.data.singleSignOn ? (
    <SingleSignOnInvitation token={token} invitee={invitation.data} />
  ) : (
    <ChoosePassword token={token} invitee={invitation.data} />
  );
}

function DeadLink() {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading>This invitation link has expired or has already been used</PageHeading>
        <p>Ask your administrator to send a new one.</p>
        <p>
          If you have already joined, <Link to="/sign-in">sign in to IDT Canvas</Link>.
        </p>
      </div>
    </div>
  );
}

function Invitee({ invitee }: { invitee: { name: string; email: string } }) {
  return (
    <SummaryList>
      <SummaryList.Row>
        <SummaryList.Key>Name</SummaryList.Key>
        <SummaryList.Value>{invitee.name}</SummaryList.Value>
      </SummaryList.Row>
      <SummaryList.Row>
        <SummaryList.Key>Email address</SummaryList.Key>
        <SummaryList.Value className="idt-break-anywhere">{invitee.email}</SummaryList.Value>
      </SummaryList.Row>
    </SummaryList>
  );
}

function ChoosePassword({ token, invitee }: { token: string; invitee: { name: string; email: string } }) {
  const form = useFormErrors();
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [dead, setDead] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (accept.isPending) return;
    if (password === '') return form.show([{ fieldId: PASSWORD_FIELD, message: 'Enter a password' }]);
    accept.mutate(
      { token, password },
      {
        onSuccess: () => navigate('/', { replace: true }),
        // The typed password stays, so they can change it rather than start again.
        onError: (error) => (isDeadLink(error) ? setDead(true) : form.show(formErrorsFrom(error, { password: PASSWORD_FIELD }))),
      },
    );
  };

  if (dead) return <DeadLink />;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={form.errors} focusKey={form.submissions} />
        <PageHeading hasErrors={form.errors.length > 0}>Join IDT Canvas</PageHeading>
        <p>You have been invited to IDT Canvas. Choose a password to finish setting up your account.</p>
        <Invitee invitee={invitee} />
        <form method="post" noValidate onSubmit={submit}>
          {/* For password managers: the account the new password belongs to. */}
          <input type="text" name="username" autoComplete="username" value={invitee.email} readOnly hidden />
          <NewPasswordField
            id={PASSWORD_FIELD}
            name="password"
            label="Choose a password"
            value={password}
            onChange={setPassword}
            error={errorFor(form.errors, PASSWORD_FIELD)}
          />
          <Button type="submit">Set password and continue</Button>
        </form>
      </div>
    </div>
  );
}

function SingleSignOnInvitation({ token, invitee }: { token: string; invitee: { name: string; email: string } }) {
  const form = useFormErrors();
  const accept = useAcceptInvitation();
  const methods = useSignInMethods();
  const [accepted, setAccepted] = useState(false);
  const [dead, setDead] = useState(false);
  const singleSignOn = methods.data?.singleSignOn ?? null;
  const name = singleSignOn?.name ?? 'NHS single sign-on';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (accept.isPending) return;
    accept.mutate(
      { token },
      {
        onSuccess: () => setAccepted(true),
        onError: (error) => (isDeadLink(error) ? setDead(true) : form.show(formErrorsFrom(error, {}))),
      },
    );
  };

  if (dead) return <DeadLink />;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={form.errors} focusKey={form.submissions} />
        <PageHeading hasErrors={form.errors.length > 0}>{accepted ? 'Your account is ready' : 'Join IDT Canvas'}</PageHeading>
        <Invitee invitee={invitee} />
        {accepted ? (
          <>
            <p>Sign in with {name}, using your NHS account. You do not need a password for IDT Canvas.</p>
            {singleSignOn ? (
              <a className="nhsuk-button" href={singleSignOnHref(singleSignOn.url, '/')}>
                Sign in with {singleSignOn.name}
              </a>
            ) : null}
          </>
        ) : (
          <form method="post" noValidate onSubmit={submit}>
            <p>You will sign in with {name}, using your NHS account. You do not need a password for IDT Canvas.</p>
            <Button type="submit">Accept invitation</Button>
          </form>
        )}
      </div>
    </div>
  );
}
