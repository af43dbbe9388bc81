import { Button, SummaryList, Table, Tag } from 'nhsuk-react-components';
import { useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { ErrorSummary, useFormErrors } from '../../../components/ErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryError } from '../../../components/QueryError';
import { SuccessNotice } from '../../../components/SuccessNotice';
import { formErrorsFrom } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { readNotice } from '../../../lib/notice';
import { useEndMyOtherSessions, useEndMySession } from '../api/end-sessions';
import { useMyAccount, type MySession } from '../api/get-my-account';

/**
 * "Your account": who you are signed in as, how you sign in (password, two-step sign-in), and every device signed in
 * to your account, any of which you can sign out.
 */
export function AccountPage() {
  const account = useMyAccount();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>(() => readNotice(location.state));
  const form = useFormErrors();
  const endSession = useEndMySession();
  const endOthers = useEndMyOtherSessions();
  const sessionsHeading = useRef<HTMLHeadingElement>(null);

  const signOut = (session: MySession) => {
    if (endSession.isPending) return;
    endSession.mutate(session.id, {
      onSuccess: () => {
        form.clear();
        setNotice(`Signed out ${session.device} (signed in ${formatDateTime(session.signedInAt)}).`);
        // The button that was pressed has gone: keep the keyboard user in the same part of the page.
        sessionsHeading.current?.focus();
      },
      onError: (error) => form.show(formErrorsFrom(error, {})),
    });
  };
  const signOutOthers = () => {
    if (endOthers.isPending) return;
    endOthers.mutate(undefined, {
      onSuccess: (count) => {
        form.clear();
        setNotice(count === 1 ? 'Signed out 1 other device.' : `Signed out ${count} other devices.`);
        sessionsHeading.current?.focus();
      },
      onError: (error) => form.show(formErrorsFrom(error, {})),
    });
  };

  return (
    <>
      <ErrorSummary errors={form.errors} focusKey={form.submissions} />
      <PageHeading hasErrors={form.errors.length > 0}>Your account</PageHeading>
      <SuccessNotice message={notice} />
      {account.isPending ? (
        <Loading what="your account" />
      ) : account.isError ? (
        <QueryError error={account.error} what="your account" onRetry={() => void account.refetch()} />
      ) : (
        <>
          <SummaryList>
            <SummaryList.Row>
              <SummaryList.Key>Name</SummaryList.Key>
              <SummaryList.Value>{account.data.name}</SummaryList.Value>
            </SummaryList.Row>
            <SummaryList.Row>
              <SummaryList.Key>Email address</SummaryList.Key>
              <SummaryList.Value>{account.data.email}</SummaryList.Value>
            </SummaryList.Row>
          </SummaryList>

          <h2>How you sign in</h2>
          {account.data.hasPassword ? (
            <ul className="nhsuk-list">
              <li>
                <Link to="/account/password">Change your password</Link>
              </li>
              <li>
                <Link to="/account/two-step">Two-step sign-in</Link>
              </li>
            </ul>
          ) : (
            <p>You sign in with NHS single sign-on, so your password and second step are kept by your organisation.</p>
          )}

          <h2 ref={sessionsHeading} tabIndex={-1} id="sessions-heading">
            Where you are signed in
          </h2>
          <p>
            These are the browsers and devices signed in to your account. If you do not recognise one, sign it out and
            change your password.
          </p>
          <Table responsive caption="Where you are signed in" captionProps={{ className: 'nhsuk-u-visually-hidden' }}>
            <Table.Head>
              <Table.Row>
                <Table.Cell>Device</Table.Cell>
                <Table.Cell>Signed in</Table.Cell>
                <Table.Cell>Last used</Table.Cell>
                <Table.Cell>
                  <span className="nhsuk-u-visually-hidden">Action</span>
                </Table.Cell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {account.data.sessions.map((session) => (
                <Table.Row key={session.id} data-testid="session-row">
                  <Table.Cell>{session.device}</Table.Cell>
                  <Table.Cell>{formatDateTime(session.signedInAt)}</Table.Cell>
                  <Table.Cell>{session.current ? 'Now' : formatDateTime(session.lastUsedAt)}</Table.Cell>
                  <Table.Cell>
                    {session.current ? (
                      <Tag modifier="blue">This device</Tag>
                    ) : (
                      <Button type="button" secondary small className="nhsuk-u-margin-bottom-0" onClick={() => signOut(session)}>
                        Sign out
                        <span className="nhsuk-u-visually-hidden">
                          {' '}
                          {session.device}, signed in {formatDateTime(session.signedInAt)}
                        </span>
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {account.data.sessions.some((s) => !s.current) ? (
            <Button type="button" secondary onClick={signOutOthers}>
              Sign out of all other devices
            </Button>
          ) : null}
        </>
      )}
    </>
  );
}
