import { LandscapePage } from '../../features/landscape/components/LandscapePage';
import { RequireAccount } from '../require-account';

/** The national landscape: loaded lazily, so that d3 stays out of the first page's bundle. */
export function Component() {
  return (
    <RequireAccount>
      {(account) => <LandscapePage nationalView={account.roles.includes('ADMIN') || account.roles.includes('NATIONAL')} />}
    </RequireAccount>
  );
}
