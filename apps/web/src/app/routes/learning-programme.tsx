import { useParams } from 'react-router';
import { LearningProgrammePage } from '../../features/cohort-programme/components/LearningProgrammePage';
import { RequireAccount } from '../require-account';

/** A cohort's learning programme: its coaches and admins edit it; national viewers read it (the API decides). */
export function Component() {
  const { cohortId = '' } = useParams();
  return (
    <RequireAccount>
      {(account) => (
        <LearningProgrammePage
          key={cohortId}
          cohortId={cohortId}
          canEdit={account.roles.includes('COACH') || account.roles.includes('ADMIN')}
        />
      )}
    </RequireAccount>
  );
}
