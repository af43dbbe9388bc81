import type { Role } from '@idt/domain';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ForbiddenPage } from '../components/ErrorPages';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { QueryError } from '../components/QueryError';
import { signInPath } from '../lib/return-to';
import { SIGNED_OUT_KEY } from '../features/auth/api/sign-out';
import { useAccount } from '../features/auth/hooks/use-account';
import type { Account } from '../features/auth/utils/account';

/**
 * Guards a page: someone signed out goes to sign in (and comes back here afterwards, unless they signed out themselves); someone without `role` sees
 * "You do not have permission". The API checks every request anyway: this only spares people a page of errors.
 */
export function RequireAccount({
  role,
  needs = '',
  children,
}: {
  role?: Role;
  /** Said on the permission page: which role opens this page. */
  needs?: string;
  children: (account: Account) => ReactNode;
}) {
  const state = useAccount();
  const location = useLocation();
  const queryClient = useQueryClient();
  switch (state.status) {
    case 'pending':
      return <Loading what="your account" />;
    case 'error':
      return (
        <>
          <PageHeading>Sorry, there is a problem</PageHeading>
          <QueryError error={state.error} what="your account" onRetry={state.retry} />
        </>
      );
    case 'signed-out':
      // Someone who has just signed out is not brought back here by whoever signs in next.
      return (
        <Navigate
          replace
          to={queryClient.getQueryData(SIGNED_OUT_KEY) === true ? signInPath() : signInPath(`${location.pathname}${location.search}`)}
        />
      );
    case 'signed-in':
      if (role && !state.account.roles.includes(role)) return <ForbiddenPage who={state.account.label} needs={needs} />;
      return children(state.account);
  }
}
