import { UsersPage } from '../../features/users/components/UsersPage';
import { RequireAccount } from '../require-account';

export function Component() {
  return (
    <RequireAccount role="ADMIN" needs="Only admins can see and manage accounts and roles.">
      {() => <UsersPage />}
    </RequireAccount>
  );
}
