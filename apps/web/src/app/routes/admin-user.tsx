import { useParams } from 'react-router';
import { UserPage } from '../../features/users/components/UserPage';
import { RequireAccount } from '../require-account';

export function Component() {
  const { userId = '' } = useParams();
  return (
    <RequireAccount role="ADMIN" needs="Only admins can see and manage accounts and roles.">
      {(account) => <UserPage key={userId} userId={userId} myUserId={account.id} />}
    </RequireAccount>
  );
}
