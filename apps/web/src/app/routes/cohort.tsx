import { useParams } from 'react-router';
import { CohortPage } from '../../features/cohorts/components/CohortPage';
import { RequireAccount } from '../require-account';

export function Component() {
  const { cohortId = '' } = useParams();
  return (
    <RequireAccount>
      {(account) => (
        <CohortPage
          key={cohortId}
          cohortId={cohortId}
          canManage={account.roles.includes('ADMIN')}
          canSeeOverview={account.roles.some((role) => role === 'COACH' || role === 'ADMIN' || role === 'NATIONAL')}
        />
      )}
    </RequireAccount>
  );
}
