import { useSignInMethods } from '../../features/auth/api/get-sign-in-methods';
import { UsersPage } from '../../features/users/components/UsersPage';
import { RequireAccount } from '../require-account';

export function Component() {
  const methods = useSignInMethods();
  return (
    <RequireAccount role="ADMIN" needs="Only admins can see and manage accounts and roles.">
      {() => <UsersPage singleSignOn={methods.data?.singleSignOn ?? null} />}
    </RequireAccount>
  );
}
