import { useParams } from 'react-router';
import { SignOffPage } from '../../features/sign-off/components/SignOffPage';
import { RequireAccount } from '../require-account';

/** A cycle's sign-off: the admins see every ICS and publish; coaches see their cohort's ICSs (the API decides). */
export function Component() {
  const { cycleId = '' } = useParams();
  return <RequireAccount>{(account) => <SignOffPage key={cycleId} cycleId={cycleId} isAdmin={account.roles.includes('ADMIN')} />}</RequireAccount>;
}
