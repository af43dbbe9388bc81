import type { Role } from '@idt/domain';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ForbiddenPage } from '../components/ErrorPages';
import { AccountGate } from './account-gate';
import { signInPath } from '../lib/return-to';
import { SIGNED_OUT_KEY } from '../features/auth/api/sign-out';
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
  const location = useLocation();
  const queryClient = useQueryClient();
  return (
    <AccountGate
      loading="your account"
      // Someone who has just signed out is not brought back here by whoever signs in next.
      signedOut={() => (
        <Navigate
          replace
          to={queryClient.getQueryData(SIGNED_OUT_KEY) === true ? signInPath() : signInPath(`${location.pathname}${location.search}`)}
        />
      )}
      signedIn={(account) =>
        role && !account.roles.includes(role) ? <ForbiddenPage who={account.label} needs={needs} /> : children(account)
      }
    />
  );
}
