import type { ReactNode } from 'react';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { QueryError } from '../components/QueryError';
import { useAccount } from '../features/auth/hooks/use-account';
import type { Account } from '../features/auth/utils/account';

/**
 * Waits for the account, says so if it cannot be read (with a way to try again), then draws the page for someone
 * signed out or signed in. Every page that depends on who is asking goes through here.
 */
export function AccountGate({
  loading,
  signedOut,
  signedIn,
}: {
  /** Said while waiting, e.g. "your home page". */
  loading: string;
  signedOut: () => ReactNode;
  signedIn: (account: Account) => ReactNode;
}) {
  const state = useAccount();
  switch (state.status) {
    case 'pending':
      return <Loading what={loading} />;
    case 'error':
      return (
        <>
          <PageHeading>Sorry, there is a problem</PageHeading>
          <QueryError error={state.error} what="your account" onRetry={state.retry} />
        </>
      );
    case 'signed-out':
      return signedOut();
    case 'signed-in':
      return signedIn(state.account);
  }
}
