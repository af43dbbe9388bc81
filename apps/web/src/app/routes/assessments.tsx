import { AssessmentsPage } from '../../features/assessments/components/AssessmentsPage';
import { RequireAccount } from '../require-account';

export function Component() {
  return (
    <RequireAccount role="ICS_LEAD" needs="Only ICS leads have self-assessments to complete.">
      {() => <AssessmentsPage />}
    </RequireAccount>
  );
}
