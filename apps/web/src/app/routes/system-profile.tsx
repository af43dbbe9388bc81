import { useParams } from 'react-router';
import { SystemProfilePage } from '../../features/profile/components/SystemProfilePage';
import { RequireAccount } from '../require-account';

/** One ICS's profile (lazy, with its charts). National viewers and admins may open any ICS's profile from it. */
export function Component() {
  const { systemId = '' } = useParams();
  return (
    <RequireAccount>
      {(account) => (
        <SystemProfilePage
          key={systemId}
          systemId={systemId}
          canOpenProfiles={account.roles.includes('ADMIN') || account.roles.includes('NATIONAL')}
          leadsThisSystem={account.leadsSystems.includes(systemId)}
        />
      )}
    </RequireAccount>
  );
}
