import { CrosswalkLandscapePage } from '../../features/landscape/components/CrosswalkLandscapePage';
import { RequireAccount } from '../require-account';

/** Every ICS and the nation in NHS England's five domains (national viewers and admins). */
export function Component() {
  return (
    <RequireAccount>
      {(account) => <CrosswalkLandscapePage nationalView={account.roles.includes('ADMIN') || account.roles.includes('NATIONAL')} />}
    </RequireAccount>
  );
}
